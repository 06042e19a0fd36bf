package org.fieldcloud.worker.feedback;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

/** The {@code error_type} values of feedback.json, as the job runner and the server read them. */
public enum ErrorType {
  API_TOKEN_EXPIRED,
  API_PAYMENT_REQUIRED,
  API_FORBIDDEN,
  API_NOT_FOUND,
  API_INTERNAL_SERVER_ERROR,
  API_OTHER,
  FILE_NOT_FOUND,
  INVALID_PROJECT_FILE,
  UNABLE_TO_CONTINUE,
  UNKNOWN;

  /** The type a step failure is reported with. */
  public static ErrorType of(Throwable failure) {
    if (failure instanceof ClassifiedFailure classified) {
      return classified.errorType();
    }
    if (failure instanceof FileNotFoundException || failure instanceof NoSuchFileException) {
      return FILE_NOT_FOUND;
    }
    return UNKNOWN;
  }
}

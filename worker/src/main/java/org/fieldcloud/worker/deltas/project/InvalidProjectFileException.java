package org.fieldcloud.worker.deltas.project;

import org.fieldcloud.worker.feedback.ClassifiedFailure;
import org.fieldcloud.worker.feedback.ErrorType;

/** The QGIS project file is missing, of an unknown kind, or not well-formed XML. */
public class InvalidProjectFileException extends Exception implements ClassifiedFailure {

  @Override
  public ErrorType errorType() {
    return getMessage() != null && getMessage().endsWith("does not exist")
        ? ErrorType.FILE_NOT_FOUND
        : ErrorType.INVALID_PROJECT_FILE;
  }

  public InvalidProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidProjectFileException(String message) {
    super(message);
  }
}

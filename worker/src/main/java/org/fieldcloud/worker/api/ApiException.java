package org.fieldcloud.worker.api;

import java.io.IOException;
import org.fieldcloud.worker.feedback.ClassifiedFailure;
import org.fieldcloud.worker.feedback.ErrorType;

/** The FieldCloud API answered with an error status. The message never holds the token. */
public final class ApiException extends IOException implements ClassifiedFailure {

  private final int status;

  public ApiException(String method, String path, int status, String body) {
    super(
        method
            + " "
            + path
            + " failed with HTTP "
            + status
            + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
    this.status = status;
  }

  public int status() {
    return status;
  }

  @Override
  public ErrorType errorType() {
    return switch (status) {
      case 401 -> ErrorType.API_TOKEN_EXPIRED;
      case 402 -> ErrorType.API_PAYMENT_REQUIRED;
      case 403 -> ErrorType.API_FORBIDDEN;
      case 404 -> ErrorType.API_NOT_FOUND;
      case 500 -> ErrorType.API_INTERNAL_SERVER_ERROR;
      default -> ErrorType.API_OTHER;
    };
  }

  private static String abbreviate(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
  }
}

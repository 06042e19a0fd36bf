package org.fieldcloud.shared.interfaces.rest;

/**
 * Ends a request with an {@link ErrorCode}. The detail is shown to the client in the envelope's
 * {@code detail}; never put secrets or stack traces in it.
 */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final int status;

  public ApiException(ErrorCode code, String detail) {
    this(code, code.status(), detail);
  }

  /** For codes whose status depends on the cause, such as {@code api_error}. */
  public ApiException(ErrorCode code, int status, String detail) {
    super(detail);
    this.code = code;
    this.status = status;
  }

  public ErrorCode code() {
    return code;
  }

  public int status() {
    return status;
  }
}

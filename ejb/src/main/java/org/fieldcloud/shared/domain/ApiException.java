package org.fieldcloud.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Ends a request with an {@link ErrorCode}. Thrown by services and resources alike: it is an EJB
 * application exception, so it reaches the REST layer unwrapped and rolls the transaction back. The
 * detail is shown to the client in the envelope's {@code detail}; never put secrets or stack traces
 * in it.
 */
@ApplicationException(rollback = true)
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

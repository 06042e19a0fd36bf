package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Anything unforeseen: logged with a reference the operator can search for, answered as {@code
 * unknown_error} without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return ErrorResponses.of(
        ErrorCode.UNKNOWN_ERROR,
        ErrorCode.UNKNOWN_ERROR.status(),
        "Unexpected server error; the server log has details under reference " + reference + ".");
  }
}

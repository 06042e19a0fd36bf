package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Errors raised by JAX-RS itself (unknown path, wrong method, unreadable body, unsupported media
 * type) become {@code api_error} with the status JAX-RS chose, as DRF's do (api.md 3), except an
 * unknown path, which is {@code object_not_found}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e instanceof NotFoundException) {
      return ErrorResponses.of(ErrorCode.OBJECT_NOT_FOUND, status, "No such API path.");
    }
    if (status == 400) {
      return ErrorResponses.of(ErrorCode.API_ERROR, status, "The request body could not be read.");
    }
    String reason = e.getResponse().getStatusInfo().getReasonPhrase();
    return ErrorResponses.of(ErrorCode.API_ERROR, status, reason);
  }
}

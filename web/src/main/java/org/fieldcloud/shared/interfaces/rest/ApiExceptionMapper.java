package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.fieldcloud.shared.domain.ApiException;

/** Our own errors: their code, status and detail go to the client as they are. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

  @Override
  public Response toResponse(ApiException e) {
    return ErrorResponses.of(e.code(), e.status(), e.getMessage());
  }
}

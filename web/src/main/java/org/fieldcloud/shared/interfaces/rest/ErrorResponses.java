package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fieldcloud.shared.domain.ErrorCode;

/** Builds the error envelope response; the one place that knows its media type. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static Response of(ErrorCode code, int status, String detail) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(code, detail))
        .build();
  }
}

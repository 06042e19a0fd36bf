package org.fieldcloud.server.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.shared.application.SystemStatus;
import org.fieldcloud.shared.application.SystemStatusService;

/**
 * Public health probe. Always 200: the body says which part is down, so monitors and QField can
 * tell "server up, storage down" from "server unreachable".
 */
@Path("status/")
public class StatusResource {

  @EJB SystemStatusService statusService;

  @Inject
  @ConfigProperty(name = "fieldcloud.status-page-url")
  Optional<String> statusPageUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response status() {
    SystemStatus status = statusService.current();
    var body =
        new StatusView(
            okOrError(status.databaseOk()),
            okOrError(status.storageOk()),
            statusPageUrl.filter(url -> !url.isBlank()).orElse(null),
            null,
            null,
            null,
            null,
            null);
    var cache = new CacheControl();
    cache.setMaxAge((int) SystemStatusService.CACHE_TIME.toSeconds());
    return Response.ok(body).cacheControl(cache).build();
  }

  private static String okOrError(boolean ok) {
    return ok ? "ok" : "error";
  }
}

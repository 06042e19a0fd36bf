package org.fieldcloud.deltas.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.deltas.application.DeltaQueries;
import org.fieldcloud.deltas.application.DeltaUpload;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;

/**
 * Deltas (api.md 5.10): QField and the SDK upload a deltafile as multipart part {@code file}, then
 * poll the deltas of that file for their status.
 */
@Path("deltas/")
public class DeltasResource {

  @EJB DeltaUpload uploads;
  @EJB DeltaQueries queries;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @GET
  @Path("{projectid}/")
  @Produces(MediaType.APPLICATION_JSON)
  public Response list(@PathParam("projectid") String projectId) {
    return page(projectId, Optional.empty());
  }

  @GET
  @Path("{projectid}/{deltafileid}/")
  @Produces(MediaType.APPLICATION_JSON)
  public Response listOfFile(
      @PathParam("projectid") String projectId, @PathParam("deltafileid") String deltafileId) {
    return page(projectId, Optional.of(deltafileId));
  }

  /** 200 with an empty body and no content type, as the reference; QField ignores the body. */
  @POST
  @Path("{projectid}/")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("projectid") String projectId,
      List<EntityPart> parts,
      @HeaderParam("User-Agent") String userAgent)
      throws IOException {
    var caller = currentUser.require();
    uploads.requireCanUpload(projectId, caller);
    // All parts, not @FormParam("file"): Jersey fails with a NullPointerException when the named
    // part is missing, and a missing part must be 400 empty_content.
    EntityPart file =
        parts == null
            ? null
            : parts.stream().filter(p -> "file".equals(p.getName())).findFirst().orElse(null);
    if (file == null) {
      throw new ApiException(ErrorCode.EMPTY_CONTENT, "The multipart part 'file' is missing.");
    }
    byte[] raw;
    try (InputStream in = file.getContent()) {
      raw = in.readNBytes(DeltaUpload.MAX_BYTES + 1);
    }
    if (raw.length > DeltaUpload.MAX_BYTES) {
      throw new ApiException(
          ErrorCode.INVALID_DELTAFILE,
          "A deltafile may have at most " + DeltaUpload.MAX_BYTES / (1024 * 1024) + " MiB.");
    }
    uploads.upload(projectId, caller, raw, userAgent);
    return Response.ok().build();
  }

  /** Any other body has no part {@code file}: 400 empty_content, as the reference. */
  @POST
  @Path("{projectid}/")
  public Response uploadWithoutFile(@PathParam("projectid") String projectId) {
    uploads.requireCanUpload(projectId, currentUser.require());
    throw new ApiException(ErrorCode.EMPTY_CONTENT, "The multipart part 'file' is missing.");
  }

  /** Deprecated in the reference: applies every pending delta of the project now. */
  @POST
  @Path("apply/{projectid}/")
  public Response apply(@PathParam("projectid") String projectId) {
    queries.applyPending(projectId, currentUser.require());
    return Response.ok().build();
  }

  private Response page(String projectId, Optional<String> deltafileId) {
    var query = uri.getQueryParameters();
    return PagedResponses.ok(
        queries
            .list(
                projectId,
                currentUser.require(),
                deltafileId,
                Optional.ofNullable(query.getFirst("ordering")),
                PageParameters.from(query))
            .map(DeltaView::of),
        uri);
  }
}

package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.projects.application.ThumbnailService;

/** Upload ({@code projects/<id>/thumbnail/}) and download ({@code files/thumbnails/<id>/}). */
@Path("")
public class ThumbnailResource {

  @EJB ThumbnailService thumbnails;
  @Inject CurrentUser currentUser;

  @POST
  @Path("projects/{projectid}/thumbnail/")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("projectid") String projectId, @FormParam("thumbnail") EntityPart part)
      throws IOException {
    var caller = currentUser.require();
    if (part != null) {
      try (InputStream in = part.getContent()) {
        thumbnails.upload(projectId, caller, part.getFileName().orElse(""), in);
      }
    }
    return Response.noContent().build();
  }

  @GET
  @Path("files/thumbnails/{projectid}/")
  public Response download(@PathParam("projectid") String projectId) {
    var thumbnail = thumbnails.download(projectId, currentUser.require());
    StreamingOutput body =
        out -> {
          try (InputStream in = thumbnail.content()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, thumbnail.contentType())
        .header("Content-Length", thumbnail.size())
        .build();
  }
}

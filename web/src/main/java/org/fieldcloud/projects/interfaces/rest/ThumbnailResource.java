package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.projects.application.ThumbnailService;

/**
 * Download of a project thumbnail ({@code files/thumbnails/<id>/}); the upload is a sub-resource of
 * {@link ProjectsResource}, since JAX-RS picks the root resource by its own path first.
 */
@Path("files/thumbnails/{projectid}/")
public class ThumbnailResource {

  @EJB ThumbnailService thumbnails;
  @Inject CurrentUser currentUser;

  @GET
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

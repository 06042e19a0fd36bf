package org.fieldcloud.files.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.files.application.FileCatalog;

/** One file with its versions ({@code files/metadata/<project>/<filename>/}, api.md 5.8). */
@Path("files/metadata/{projectid}/")
@Produces(MediaType.APPLICATION_JSON)
public class FileMetadataResource {

  @EJB FileCatalog catalog;
  @Inject CurrentUser currentUser;

  @GET
  @Path("{filename: .+?}/")
  public FileView metadata(
      @PathParam("projectid") String projectId, @PathParam("filename") String fileName) {
    return FileView.of(catalog.metadata(projectId, currentUser.require(), fileName));
  }
}

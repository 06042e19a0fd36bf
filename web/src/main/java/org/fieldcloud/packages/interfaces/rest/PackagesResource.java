package org.fieldcloud.packages.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.files.interfaces.rest.StoredFileResponses;
import org.fieldcloud.packages.application.LatestPackages;
import org.fieldcloud.packages.application.PackageUploads;
import org.fieldcloud.packages.domain.model.PackageFile;

/**
 * Packages (api.md 5.9): what QField and the SDK download after a package job, and the worker's
 * upload of the package files.
 */
@Path("packages/{projectid}/")
public class PackagesResource {

  @EJB LatestPackages latest;
  @EJB PackageUploads uploads;
  @Inject StoredFileResponses downloads;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  @GET
  @Path("latest/")
  @Produces(MediaType.APPLICATION_JSON)
  public LatestPackageView latest(@PathParam("projectid") String projectId) {
    var found = latest.latest(projectId, currentUser.require());
    return new LatestPackageView(
        found.files().stream().map(PackageFileView::of).toList(),
        found.layers(),
        found.job().getStatus().wireName(),
        found.job().getId(),
        found.project().getDataLastPackagedAt(),
        found.project().getDataLastUpdatedAt());
  }

  @GET
  @Path("latest/files/{filename: .+?}/")
  public Response download(
      @PathParam("projectid") String projectId,
      @PathParam("filename") String filename,
      @QueryParam("version") String version) {
    var file = latest.file(projectId, currentUser.require(), filename, version);
    return downloads.answer(
        new StoredFileResponses.Download(
            file.objectKey(), file.size(), file.etag(), file.lastModified(), file.name()),
        headers,
        false);
  }

  @POST
  @Path("{jobid}/files/{filename: .+?}/")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("projectid") String projectId,
      @PathParam("jobid") String jobId,
      @PathParam("filename") String filename,
      List<EntityPart> parts)
      throws IOException {
    List<EntityPart> files =
        parts == null ? List.of() : parts.stream().filter(p -> "file".equals(p.getName())).toList();
    PackageFile stored;
    try (InputStream content = files.isEmpty() ? null : files.get(0).getContent()) {
      stored =
          uploads.store(projectId, jobId, currentUser.require(), filename, files.size(), content);
    }
    return Response.created(filesLocation(projectId, filename))
        .entity(
            new UploadedPackageFileView(
                stored.getName(), stored.getSize(), stored.sha256Hex(), stored.md5Hex()))
        .build();
  }

  /**
   * {@code /api/v1/files/<project>/<name>/}, as the reference answers (sic: not the package URL).
   */
  private static URI filesLocation(String projectId, String filename) {
    var path = new StringBuilder("/api/v1/files/").append(segment(projectId));
    for (String part : filename.split("/", -1)) {
      path.append('/').append(segment(part));
    }
    return URI.create(path.append('/').toString());
  }

  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

package org.fieldcloud.files.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.files.application.FileCatalog;
import org.fieldcloud.files.application.FileDeletion;
import org.fieldcloud.files.application.FileUploads;
import org.fieldcloud.files.application.UploadTarget;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.infrastructure.storage.StoredObject;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;

/**
 * Project files (api.md 5.8): list, upload a version, download, delete. {@code
 * files/thumbnails/...} and {@code files/metadata/...} are roots of their own: JAX-RS picks the
 * root with the longer literal path first.
 */
@Path("files/{projectid}/")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

  @EJB FileCatalog catalog;
  @EJB FileUploads uploads;
  @EJB FileDeletion deletion;
  @Inject StoredFileResponses downloads;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  /** Every file with its versions; {@code skip_metadata} is accepted and ignored. */
  @GET
  public Response list(@PathParam("projectid") String projectId) {
    List<FileView> files =
        catalog.list(projectId, currentUser.require()).stream().map(FileView::of).toList();
    Optional<PageRequest> request = PageParameters.from(uri.getQueryParameters());
    List<FileView> items =
        request
            .map(
                r ->
                    files.subList(
                        Math.min(r.offset(), files.size()),
                        (int) Math.min((long) r.offset() + r.limit(), files.size())))
            .orElse(files);
    return PagedResponses.ok(new Page<>(items, files.size(), request), uri);
  }

  /**
   * A new version from the multipart part {@code file}, streamed to the storage as it arrives. The
   * stored name is the URL's, never the part's file name (QField sends a local path there).
   */
  @POST
  @Path("{filename: .+?}/")
  public Response upload(
      @PathParam("projectid") String projectId,
      @PathParam("filename") String fileName,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    var caller = currentUser.require();
    UploadTarget target = uploads.authorize(projectId, caller, fileName);
    MultipartStream parts =
        new MultipartStream(
            body,
            MultipartBoundary.of(contentType)
                .orElseThrow(
                    () ->
                        new ApiException(
                            ErrorCode.EMPTY_CONTENT,
                            "Send the file as multipart/form-data in the part 'file'.")));
    StoredObject stored = null;
    try {
      for (var part = parts.next(); part.isPresent(); part = parts.next()) {
        if (!part.get().name().equals("file")) {
          continue;
        }
        if (stored != null) {
          throw new ApiException(
              ErrorCode.MULTIPLE_CONTENTS, "Send exactly one part named 'file'.");
        }
        stored = uploads.store(target, part.get().body());
      }
      if (stored == null) {
        throw new ApiException(ErrorCode.EMPTY_CONTENT, "The request has no part named 'file'.");
      }
      uploads.commit(target, stored, caller);
    } catch (EOFException e) {
      discard(stored);
      throw new ApiException(
          ErrorCode.API_ERROR, 400, "The upload ended before the whole body arrived.");
    } catch (IOException | RuntimeException e) {
      discard(stored);
      throw e;
    }
    var location = uri.getBaseUriBuilder().path("files").segment(target.projectId().toString());
    target.name().segments().forEach(location::segment);
    return Response.created(location.path("/").build()).entity("{}").build();
  }

  /** Also answers HEAD (JAX-RS runs GET for it): then the object is not even opened. */
  @GET
  @Path("{filename: .+?}/")
  public Response download(
      @PathParam("projectid") String projectId,
      @PathParam("filename") String fileName,
      @QueryParam("version") String version,
      @Context HttpHeaders headers,
      @Context Request request) {
    FileVersion file = catalog.version(projectId, currentUser.require(), fileName, version);
    return downloads.answer(
        new StoredFileResponses.Download(
            file.getContent(), file.getSize(), file.getEtag(), file.getUploadedAt(), fileName),
        headers,
        request.getMethod().equals("HEAD"));
  }

  /**
   * The whole file, or one version from the query {@code version} or header {@code x-file-version}.
   */
  @DELETE
  @Path("{filename: .+?}/")
  public Response delete(
      @PathParam("projectid") String projectId,
      @PathParam("filename") String fileName,
      @QueryParam("version") String version,
      @HeaderParam("x-file-version") String versionHeader) {
    String selected = version != null && !version.isEmpty() ? version : versionHeader;
    deletion.delete(projectId, currentUser.require(), fileName, selected);
    return Response.noContent().build();
  }

  private void discard(StoredObject stored) {
    if (stored != null) {
      uploads.discard(stored);
    }
  }
}

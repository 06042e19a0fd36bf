package org.fieldcloud.admin.files;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.shared.application.EntityLists;

/**
 * Downloads one version of a project file for staff (model.md 2.5, project files widget): {@code
 * /admin/files/download?version=<id>}. The staff filter guards it like every page; the bytes are
 * streamed from the object storage, never held whole.
 */
@WebServlet("/files/download")
public class FileDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB ObjectStorage storage;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileVersion> version = version(request.getParameter("version"));
    Optional<ProjectFile> file = version.flatMap(v -> lists.find(ProjectFile.class, v.getFileId()));
    if (version.isEmpty() || file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file version.");
      return;
    }
    String name = file.get().getName();
    String baseName = name.substring(name.lastIndexOf('/') + 1);
    response.setContentType("application/octet-stream");
    response.setContentLengthLong(version.get().getSize());
    response.setHeader("ETag", "\"" + version.get().getEtag() + "\"");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(baseName, StandardCharsets.UTF_8).replace("+", "%20"));
    if (version.get().getSize() == 0) {
      return;
    }
    try (InputStream in =
        storage
            .client()
            .getObject(b -> b.bucket(storage.bucket()).key(version.get().getContent()))) {
      in.transferTo(response.getOutputStream());
    }
  }

  private Optional<FileVersion> version(String id) {
    try {
      return lists.find(FileVersion.class, UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}

package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.infrastructure.persistence.ProjectFiles;
import org.fieldcloud.packages.application.AttachmentFiles;
import org.fieldcloud.packages.application.ListedFile;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The project files a package lists and serves next to its own (jobs.md 9): attachments are never
 * copied into packages, QField fetches them through the package URLs from the project files.
 */
@ApplicationScoped
public class ProjectAttachmentFiles implements AttachmentFiles {

  @EJB ProjectFiles files;

  @Override
  public List<ListedFile> under(Project project, List<String> dirs) {
    return files.withVersions(project.getId()).entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .filter(e -> dirs.stream().anyMatch(e.getKey().getName()::startsWith))
        .map(e -> listed(e.getKey(), latest(e)))
        .toList();
  }

  @Override
  public Optional<ListedFile> find(Project project, String name, String versionId) {
    return files
        .find(project.getId(), name)
        .filter(f -> f.getLatestVersionId() != null)
        .flatMap(
            file ->
                files.versionsOf(file.getId()).stream()
                    .filter(
                        v ->
                            versionId == null || versionId.isEmpty()
                                ? v.getId().equals(file.getLatestVersionId())
                                : v.getId().equals(FileCatalog.versionUuid(versionId)))
                    .findFirst()
                    .map(v -> listed(file, v)));
  }

  /** The version the file points at as latest; the newest one if that pointer is stale. */
  private static FileVersion latest(Map.Entry<ProjectFile, List<FileVersion>> file) {
    return file.getValue().stream()
        .filter(v -> v.getId().equals(file.getKey().getLatestVersionId()))
        .findFirst()
        .orElse(file.getValue().get(0));
  }

  private static ListedFile listed(ProjectFile file, FileVersion version) {
    return new ListedFile(
        file.getName(),
        version.getSize(),
        file.getUploadedAt(),
        true,
        version.getEtag(),
        HexFormat.of().formatHex(version.getSha256sum()),
        version.getUploadedAt(),
        version.getContent());
  }
}

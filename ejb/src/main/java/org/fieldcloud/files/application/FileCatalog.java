package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.infrastructure.persistence.ProjectFiles;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/** Reading project files: the list, one file's versions, the version to download. */
@Stateless
public class FileCatalog {

  @EJB ProjectAccess access;
  @EJB ProjectFiles files;
  @Inject FilesSettings settings;

  /** Every file of the project with its versions (api.md 5.8, list). */
  public List<FileWithVersions> list(String projectId, AuthenticatedUser caller) {
    Project project = access.require(projectId, caller, ProjectAction.READ_FILES).project();
    return files.withVersions(project.getId()).entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> withVersions(e.getKey(), e.getValue()))
        .toList();
  }

  /** One file with its versions, or 404 object_not_found. */
  public FileWithVersions metadata(String projectId, AuthenticatedUser caller, String name) {
    Project project = access.require(projectId, caller, ProjectAction.READ_FILES).project();
    ProjectFile file = file(project, name);
    return withVersions(file, files.versionsOf(file.getId()));
  }

  /**
   * The version to download: the one with id {@code versionId}, or the latest when it is null.
   * Unknown file or version is 404 object_not_found, a malformed version id 400.
   */
  public FileVersion version(
      String projectId, AuthenticatedUser caller, String name, String versionId) {
    FileWithVersions file = metadata(projectId, caller, name);
    if (versionId == null || versionId.isEmpty()) {
      return file.latest();
    }
    UUID id = versionUuid(versionId);
    return file.versions().stream()
        .filter(v -> v.getId().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND, "'" + name + "' has no version " + id + "."));
  }

  static UUID versionUuid(String versionId) {
    try {
      return UUID.fromString(versionId);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "'" + versionId + "' is not a valid version id.");
    }
  }

  private ProjectFile file(Project project, String name) {
    Optional<ProjectFile> file = files.find(project.getId(), name);
    return file.filter(f -> f.getLatestVersionId() != null)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND, "The project has no file '" + name + "'."));
  }

  private FileWithVersions withVersions(ProjectFile file, List<FileVersion> versions) {
    return new FileWithVersions(file, versions, settings.isAttachment(file.getName()));
  }
}

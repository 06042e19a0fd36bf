package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.files.domain.model.FileName;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.domain.model.ProjectFileDeleted;
import org.fieldcloud.files.infrastructure.persistence.ProjectFiles;
import org.fieldcloud.files.infrastructure.storage.ObjectsReleased;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Deleting a file with all its versions, or one version of it (api.md 5.8). The objects go once the
 * deletion committed.
 */
@Stateless
public class FileDeletion {

  @EJB ProjectAccess access;
  @EJB ProjectFiles files;
  @EJB StorageUsage usage;
  @Inject Event<ObjectsReleased> released;
  @Inject Event<ProjectFileDeleted> qgisFileDeleted;
  @PersistenceContext EntityManager em;

  /** Deletes the file {@code name}, or only its version {@code versionId} when that is not null. */
  public void delete(String projectId, AuthenticatedUser caller, String name, String versionId) {
    Project project = access.require(projectId, caller, ProjectAction.DELETE_FILES).project();
    em.lock(project, LockModeType.PESSIMISTIC_WRITE);
    ProjectFile file = files.find(project.getId(), name).orElse(null);
    List<FileVersion> versions = file == null ? List.of() : files.versionsOf(file.getId());
    boolean wholeFile = versionId == null || versionId.isEmpty();
    if (!wholeFile && versions.size() <= 1) {
      throw new ApiException(
          ErrorCode.EXPLICIT_DELETION_OF_LAST_VERSION,
          "'" + name + "' has only one version; delete the file instead.");
    }
    if (file == null) {
      throw new ApiException(ErrorCode.API_ERROR, 404, "The project has no file '" + name + "'.");
    }
    if (wholeFile) {
      versions.forEach(files::remove);
      files.remove(file);
      released.fire(new ObjectsReleased(versions.stream().map(FileVersion::getContent).toList()));
    } else {
      deleteVersion(file, versions, FileCatalog.versionUuid(versionId), name);
    }
    touch(project, name);
    if (wholeFile && name.equals(project.getTheQgisFileName())) {
      project.setTheQgisFileName(null);
      project.setQgisVersion(null);
      em.flush();
      qgisFileDeleted.fire(new ProjectFileDeleted(project.getId(), caller.userId(), name));
    }
    usage.recount(project);
  }

  /**
   * Deletes one version from the admin console (model.md 2.5, project files widget), for staff,
   * with the API's rule: the last version of a file is never deleted on its own.
   *
   * @return the file the version belonged to
   */
  public ProjectFile deleteVersionByStaff(AuthenticatedUser staff, UUID versionId) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
    FileVersion found = em.find(FileVersion.class, versionId);
    ProjectFile file = found == null ? null : em.find(ProjectFile.class, found.getFileId());
    if (file == null) {
      throw new ApiException(ErrorCode.API_ERROR, 404, "No file version " + versionId + ".");
    }
    Project project = em.find(Project.class, file.getProjectId(), LockModeType.PESSIMISTIC_WRITE);
    List<FileVersion> versions = files.versionsOf(file.getId());
    if (versions.size() <= 1) {
      throw new ApiException(
          ErrorCode.EXPLICIT_DELETION_OF_LAST_VERSION,
          "'"
              + file.getName()
              + "' has only this version left; the last version of a file is"
              + " not deleted on its own.");
    }
    deleteVersion(file, versions, versionId, file.getName());
    touch(project, file.getName());
    usage.recount(project);
    return file;
  }

  private void deleteVersion(
      ProjectFile file, List<FileVersion> versions, UUID versionId, String name) {
    FileVersion version =
        versions.stream()
            .filter(v -> v.getId().equals(versionId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR, 404, "'" + name + "' has no version " + versionId));
    if (version.getId().equals(file.getLatestVersionId())) {
      // versions are newest first: the next one becomes the latest
      versions.stream()
          .filter(v -> !v.getId().equals(versionId))
          .findFirst()
          .ifPresent(previous -> file.repointLatest(previous.getId()));
    }
    files.remove(version);
    released.fire(new ObjectsReleased(List.of(version.getContent())));
  }

  private static void touch(Project project, String name) {
    OffsetDateTime now = OffsetDateTime.now();
    project.setDataLastUpdatedAt(now);
    if (FileUploads.isRestricted(project, new FileName(name))) {
      project.setRestrictedDataLastUpdatedAt(now);
    }
  }
}

package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.ClientType;
import org.fieldcloud.files.domain.model.FileName;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.InvalidFileNameException;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.domain.model.ProjectFileUploaded;
import org.fieldcloud.files.domain.model.QgisProjectFileVersion;
import org.fieldcloud.files.infrastructure.persistence.ProjectFiles;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.files.infrastructure.storage.ObjectUploader;
import org.fieldcloud.files.infrastructure.storage.StoredObject;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * A new version of a project file (api.md 5.8), in three steps so that no transaction stays open
 * while the bytes stream: {@link #authorize} checks everything the URL decides, {@link #store}
 * streams the body to its own object, {@link #commit} checks what needs the content (QGIS file,
 * quota) and records the version. Whoever called {@link #store} calls {@link #discard} when a later
 * step fails, so a failed upload leaves neither a row nor an object.
 */
@Stateless
public class FileUploads {

  @EJB ProjectAccess access;
  @EJB ProjectFiles files;
  @EJB ObjectStorage storage;
  @EJB StorageUsage usage;
  @EJB FileVersionRetention retention;
  @Inject StorageQuota quota;
  @Inject FilesSettings settings;
  @Inject Event<ProjectFileUploaded> uploaded;
  @PersistenceContext EntityManager em;

  /** The checks of api.md 5.8 that need no content: role, name, restricted and QGIS files. */
  public UploadTarget authorize(String projectId, AuthenticatedUser caller, String fileName) {
    var granted = access.require(projectId, caller, ProjectAction.CREATE_FILES);
    Project project = granted.project();
    FileName name = validName(fileName);
    if (isRestricted(project, name)
        && project.hasRestrictedProjectfiles()
        && granted.role().role() != ProjectRole.ADMIN
        && granted.role().role() != ProjectRole.MANAGER) {
      throw new ApiException(
          ErrorCode.RESTRICTED_PROJECT_MODIFICATION,
          "Only admins and managers may change the QGIS project file of this project.");
    }
    if (name.isQgisProjectFile()) {
      if (project.getProjectType() == ProjectType.SHARED_DATASETS) {
        throw new ApiException(
            ErrorCode.VALIDATION_ERROR,
            "A shared datasets project cannot hold a QGIS project file.");
      }
      String current = project.getTheQgisFileName();
      if (current != null && !current.equals(name.value())) {
        throw new ApiException(
            ErrorCode.MULTIPLE_PROJECTS,
            "The project already has the QGIS file '" + current + "'; delete it first.");
      }
    }
    // Microseconds: what PostgreSQL keeps, so the version reads back as it was written.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    UUID versionId = UUID.randomUUID();
    return new UploadTarget(
        project.getId(),
        name,
        versionId,
        now,
        FileVersion.keyOf(project.getId(), name, versionId, now));
  }

  /** Streams the body to the target's object; nothing is stored when the stream fails. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public StoredObject store(UploadTarget target, InputStream body) throws IOException {
    return new ObjectUploader(storage.client(), storage.bucket())
        .upload(target.key(), body, "application/octet-stream");
  }

  /** Removes the object of an upload that did not become a version. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void discard(StoredObject stored) {
    storage.deleteQuietly(stored.key());
  }

  /**
   * Records the stored object as the file's newest version, updates the project, tells the jobs
   * context and purges versions beyond the keep limit.
   */
  public void commit(UploadTarget target, StoredObject stored, AuthenticatedUser caller)
      throws IOException {
    // One upload at a time per project (jobs.md 3.2 locks the project row too).
    Project project = em.find(Project.class, target.projectId(), LockModeType.PESSIMISTIC_WRITE);
    FileName name = target.name();
    boolean qgisFile = name.isQgisProjectFile();
    Optional<String> qgisVersion = qgisFile ? qgisVersionOf(stored, name) : Optional.empty();
    checkQuota(project, stored, caller);

    ProjectFile file =
        files
            .find(project.getId(), name.value())
            .orElseGet(
                () -> {
                  var created =
                      new ProjectFile(
                          project.getId(),
                          name,
                          target.versionId(),
                          caller.userId(),
                          target.uploadedAt());
                  files.persist(created);
                  return created;
                });
    var version =
        new FileVersion(
            target.versionId(),
            file.getId(),
            stored.key(),
            stored.etag(),
            stored.md5(),
            stored.sha256(),
            stored.size(),
            caller.userId(),
            target.uploadedAt());
    files.persist(version);
    file.addVersion(version);

    boolean attachment = settings.isAttachment(name.value());
    if (qgisFile) {
      project.setTheQgisFileName(name.value());
      qgisVersion.ifPresent(project::setQgisVersion);
    }
    project.setDataLastUpdatedAt(target.uploadedAt());
    if (isRestricted(project, name)) {
      project.setRestrictedDataLastUpdatedAt(target.uploadedAt());
    }
    em.flush();
    uploaded.fire(
        new ProjectFileUploaded(
            project.getId(), caller.userId(), name.value(), qgisFile, attachment));
    retention.purge(project, file);
    usage.recount(project);
  }

  private Optional<String> qgisVersionOf(StoredObject stored, FileName name) throws IOException {
    Optional<String> version;
    try (InputStream in =
        storage.client().getObject(b -> b.bucket(storage.bucket()).key(stored.key()))) {
      version = QgisProjectFileVersion.of(in, name.extension().equals("qgz"));
    }
    if (version.isEmpty()) {
      throw new ApiException(
          ErrorCode.INVALID_QGIS_PROJECT_FILE,
          "'" + name + "' is not a QGIS project file with a version.");
    }
    return version;
  }

  private void checkQuota(Project project, StoredObject stored, AuthenticatedUser caller) {
    if (caller.clientType() == ClientType.QFIELD || caller.clientType() == ClientType.WORKER) {
      return; // field data and job results are never refused (model.md 5.4)
    }
    long ownerId = project.getOwner().getId();
    long free = quota.allowedBytes(ownerId) - usage.usedBy(ownerId);
    if (stored.size() > free) {
      throw new ApiException(
          ErrorCode.OVER_QUOTA,
          "The file has "
              + stored.size()
              + " bytes but the project owner has only "
              + Math.max(0, free)
              + " bytes of storage left.");
    }
  }

  /**
   * The QGIS file and, when the project has one, its companions ({@code <stem>.qgs/.qgz}, {@code
   * <stem>_attachments.zip}, {@code <stem>.qgd}, {@code <stem>.qml}).
   */
  static boolean isRestricted(Project project, FileName name) {
    if (name.isQgisProjectFile()) {
      return true;
    }
    String qgisFile = project.getTheQgisFileName();
    if (qgisFile == null) {
      return false;
    }
    String stem = qgisFile.substring(0, qgisFile.lastIndexOf('.'));
    return List.of(
            stem + ".qgs", stem + ".qgz", stem + "_attachments.zip", stem + ".qgd", stem + ".qml")
        .contains(name.value());
  }

  static FileName validName(String fileName) {
    try {
      return new FileName(fileName);
    } catch (InvalidFileNameException e) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, e.getMessage());
    }
  }
}

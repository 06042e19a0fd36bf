package org.fieldcloud.packages.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.files.application.FilesSettings;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.packages.domain.model.PackageFile;
import org.fieldcloud.packages.infrastructure.persistence.PackageFiles;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectDetails;
import org.fieldcloud.secrets.application.SecretService;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * The latest package of a project (api.md 5.9, jobs.md 9): the newest package job that is no longer
 * active, its files plus the project's attachments, and the layers it reported.
 */
@Stateless
public class LatestPackages {

  @EJB ProjectAccess access;
  @Inject PackageJobs packageJobs;
  @Inject PackageFiles packageFiles;
  @Inject Instance<AttachmentFiles> attachmentFiles;
  @Inject FilesSettings filesSettings;
  @EJB SecretService secrets;

  /** What {@code packages/<id>/latest/} shows. */
  public record LatestPackage(
      Project project, Job job, List<ListedFile> files, JsonObject layers) {}

  public LatestPackage latest(String projectId, AuthenticatedUser caller) {
    Project project = access.require(projectId, caller, ProjectAction.ACCESS_PROJECT).project();
    Job job = latestJob(project, caller);
    List<String> dirs = ProjectDetails.attachmentDirs(project, filesSettings.attachmentDirs());
    List<ListedFile> files = new ArrayList<>();
    for (PackageFile file : packageFiles.ofJob(job.getId())) {
      files.add(listed(file, isAttachment(file.getName(), dirs)));
    }
    if (files.isEmpty()) {
      throw new ApiException(ErrorCode.INVALID_JOB, "Empty project package.");
    }
    if (attachmentFiles.isResolvable()) {
      files.addAll(attachmentFiles.get().under(project, dirs));
    }
    return new LatestPackage(project, job, files, PackageLayers.of(job.getFeedback()).orElse(null));
  }

  /**
   * The stored object behind {@code packages/<id>/latest/files/<name>/}: a project file for names
   * under an attachment folder, else the file of the latest package.
   */
  public ListedFile file(String projectId, AuthenticatedUser caller, String name, String version) {
    Project project = access.require(projectId, caller, ProjectAction.ACCESS_PROJECT).project();
    Job job = latestJob(project, caller);
    List<String> dirs = ProjectDetails.attachmentDirs(project, filesSettings.attachmentDirs());
    if (isAttachment(name, dirs) && attachmentFiles.isResolvable()) {
      return attachmentFiles.get().find(project, name, version).orElseThrow(() -> notFound(name));
    }
    return packageFiles
        .find(job.getId(), name)
        .map(f -> listed(f, false))
        .orElseThrow(() -> notFound(name));
  }

  /**
   * A person with a secret of their own for the project gets only packages they triggered: a
   * package made with someone else's secrets may hold data they must not see, and theirs may hold
   * data others must not (api.md 5.9).
   */
  private Job latestJob(Project project, AuthenticatedUser caller) {
    Optional<Long> onlyTheirs =
        secrets.hasUserAssignedSecret(project.getId(), caller.userId())
            ? Optional.of(caller.userId())
            : Optional.empty();
    return packageJobs
        .latestEnded(project.getId(), onlyTheirs)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.INVALID_JOB,
                    "Packaging has never been triggered or successful for this project."));
  }

  /** A plain prefix test, as the reference does: {@code DCIMfoo.jpg} counts too. */
  static boolean isAttachment(String name, List<String> dirs) {
    return dirs.stream().anyMatch(name::startsWith);
  }

  private static ListedFile listed(PackageFile file, boolean attachment) {
    return new ListedFile(
        file.getName(),
        file.getSize(),
        file.getUploadedAt(),
        attachment,
        file.getEtag(),
        file.sha256Hex(),
        file.getUploadedAt(),
        file.getObjectKey());
  }

  private static ApiException notFound(String name) {
    return new ApiException(ErrorCode.OBJECT_NOT_FOUND, "The package has no file '" + name + "'.");
  }
}

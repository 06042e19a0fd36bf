package org.fieldcloud.packages.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.ClientType;
import org.fieldcloud.files.domain.model.FileName;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.files.infrastructure.storage.ObjectUploader;
import org.fieldcloud.files.infrastructure.storage.StoredObject;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.jobs.infrastructure.persistence.JobRepository;
import org.fieldcloud.packages.domain.model.PackageFile;
import org.fieldcloud.packages.infrastructure.persistence.PackageFiles;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * The worker's upload of one package file (api.md 5.9): only a worker token, for a package job of
 * that project that is running. The body goes straight to the object storage.
 */
@Stateless
public class PackageUploads {

  @EJB ProjectAccess access;
  @EJB ObjectStorage storage;
  @Inject JobRepository jobs;
  @Inject PackageFiles files;

  /**
   * Stores {@code content} as package file {@code name} of job {@code jobId}.
   *
   * @param fileParts how many multipart parts named {@code file} the request had
   * @param content the first of them, or null when there is none
   */
  public PackageFile store(
      String projectId,
      String jobId,
      AuthenticatedUser caller,
      String name,
      int fileParts,
      InputStream content)
      throws IOException {
    if (caller.clientType() != ClientType.WORKER) {
      throw denied("Only the worker of a package job uploads package files.");
    }
    Project project = access.require(projectId, caller, ProjectAction.RETRIEVE_PROJECT).project();
    Job job = runningPackageJob(project, jobId);
    if (fileParts == 0 || content == null) {
      throw new ApiException(ErrorCode.EMPTY_CONTENT, "The multipart part 'file' is missing.");
    }
    if (fileParts > 1) {
      throw new ApiException(ErrorCode.MULTIPLE_CONTENTS, "Send exactly one part 'file'.");
    }
    FileName.problem(name)
        .ifPresent(
            p -> {
              throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid file name: " + p + ".");
            });
    String key = PackageFile.objectKey(project.getId(), job.getId(), name);
    StoredObject stored =
        new ObjectUploader(storage.client(), storage.bucket())
            .upload(key, content, "application/octet-stream");
    PackageFile file =
        files
            .find(job.getId(), name)
            .orElseGet(
                () -> {
                  PackageFile created = new PackageFile(job.getId(), name, key);
                  files.add(created);
                  return created;
                });
    file.stored(stored.size(), stored.md5(), stored.sha256(), stored.etag());
    return file;
  }

  private Job runningPackageJob(Project project, String jobId) {
    UUID id;
    try {
      id = UUID.fromString(jobId);
    } catch (IllegalArgumentException e) {
      throw denied("'" + jobId + "' is not a package job of this project.");
    }
    return jobs.find(id)
        .filter(j -> j.getProject().getId().equals(project.getId()))
        .filter(j -> j.getType() == JobType.PACKAGE && j.getStatus() == JobStatus.STARTED)
        .orElseThrow(() -> denied("Job " + id + " is not a running package job of this project."));
  }

  private static ApiException denied(String detail) {
    return new ApiException(ErrorCode.PERMISSION_DENIED, detail);
  }
}

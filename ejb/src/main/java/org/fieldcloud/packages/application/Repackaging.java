package org.fieldcloud.packages.application;

import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs.LatestPackageJob;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectDetails;

/**
 * Whether QField must start a package job before downloading (api.md 6.3 {@code
 * needs_repackaging}). Only a project whose data all lives in files can be known to be unchanged
 * since its last package; anything unknown answers "yes", since QField fails on a missing package
 * but merely waits a little for a needless one.
 */
public final class Repackaging {

  private Repackaging() {}

  /**
   * @param latestJob the newest package job of the project, null when it never had one
   */
  public static boolean needed(Project project, LatestPackageJob latestJob) {
    boolean onlyFileData =
        ProjectDetails.of(project)
            .flatMap(ProjectDetails::hasOnlineVectorData)
            .map(online -> !online)
            .orElse(false);
    if (!onlyFileData
        || project.getDataLastUpdatedAt() == null
        || project.getDataLastPackagedAt() == null
        || latestJob == null
        || latestJob.status() != JobStatus.FINISHED
        || latestJob.finishedAt() == null) {
      return true;
    }
    return latestJob.finishedAt().isBefore(project.getDataLastUpdatedAt());
  }
}

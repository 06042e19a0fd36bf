package org.fieldcloud.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.fieldcloud.jobs.application.JobHooks;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;

/**
 * The server's part of a package job (jobs.md 5.2): on success the project is marked packaged as of
 * the moment the job started, and older packages are removed; on failure the partial upload goes.
 */
@ApplicationScoped
public class PackageJobHooks implements JobHooks {

  @Inject ObsoletePackages obsolete;

  @Override
  public JobType type() {
    return JobType.PACKAGE;
  }

  @Override
  public void afterSuccess(Job job, JsonObject feedback) {
    job.getProject().setDataLastPackagedAt(snapshotTime(job));
    obsolete.removeAfter(job);
  }

  @Override
  public void afterFailure(Job job, JsonObject feedback) {
    obsolete.removeFilesOf(job);
  }

  /**
   * The data the package holds is the data as of just before the worker started (the reference
   * remembers {@code now} in its before-run hook). The job's {@code started_at} is set by the
   * consumer right before the run, in the committed row, so it needs no state of its own and
   * survives a restart of the node between the two hooks.
   */
  static OffsetDateTime snapshotTime(Job job) {
    if (job.getStartedAt() != null) {
      return job.getStartedAt();
    }
    return job.getDockerStartedAt() != null ? job.getDockerStartedAt() : OffsetDateTime.now();
  }
}

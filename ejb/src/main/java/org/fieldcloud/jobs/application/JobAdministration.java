package org.fieldcloud.jobs.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobPending;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.infrastructure.persistence.JobRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/** What staff do to jobs in the admin console (model.md 2.9). */
@Stateless
public class JobAdministration {

  @Inject JobRepository jobs;
  @Inject Event<JobPending> pending;

  /**
   * "Re-run job": the job goes back to {@code pending}, as in QFieldCloud; the queue takes it from
   * there. Its output and feedback stay until the new run replaces them.
   */
  public Job rerunByStaff(AuthenticatedUser staff, UUID jobId) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
    Job job =
        jobs.find(jobId)
            .orElseThrow(() -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No such job."));
    if (job.getStatus() == JobStatus.QUEUED || job.getStatus() == JobStatus.STARTED) {
      throw new ApiException(
          ErrorCode.API_ERROR, 400, "The job is running; re-run it once it has ended.");
    }
    job.requeue();
    pending.fire(new JobPending(job.getId()));
    return job;
  }
}

package org.fieldcloud.jobs.domain.model;

import java.util.UUID;

/**
 * Fired in the transaction that ends a job (finished or failed, whatever ended it: the worker's
 * result, an error around it, recovery), after its status is set.
 */
public record JobEnded(UUID jobId, UUID projectId, JobType type, JobStatus status) {

  public static JobEnded of(Job job) {
    return new JobEnded(job.getId(), job.getProject().getId(), job.getType(), job.getStatus());
  }
}

package org.fieldcloud.jobs.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.jobs.infrastructure.persistence.JobRepository;
import org.fieldcloud.projects.domain.model.Project;

/**
 * Puts new jobs in the queue. Every path that creates a job goes through here, so the creation
 * rules of jobs.md 3 (deduplication, and later the owner's subscription checks) live in one place.
 * The queue consumer picks the job up after the caller's transaction commits.
 */
@Stateless
public class JobCreation {

  @Inject JobRepository jobs;

  /** A new pending job, whatever else is queued. */
  public Job create(Project project, JobType type, User createdBy, User triggeredBy) {
    Job job = new Job(project, type, createdBy, triggeredBy);
    jobs.add(job);
    return job;
  }

  /**
   * A process_projectfile job for the uploader, unless one of theirs is still active on the project
   * (jobs.md 3.2: ten uploads give one job).
   */
  public Optional<Job> processProjectfile(Project project, User uploader) {
    boolean alreadyActive =
        jobs.activeJobs(project.getId()).stream()
            .anyMatch(
                j ->
                    j.getType() == JobType.PROCESS_PROJECTFILE
                        && j.getCreatedBy().getId().equals(uploader.getId()));
    return alreadyActive
        ? Optional.empty()
        : Optional.of(create(project, JobType.PROCESS_PROJECTFILE, uploader, uploader));
  }
}

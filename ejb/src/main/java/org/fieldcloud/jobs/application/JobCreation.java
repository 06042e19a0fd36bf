package org.fieldcloud.jobs.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobPending;
import org.fieldcloud.jobs.domain.model.JobRequested;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.jobs.infrastructure.persistence.JobRepository;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.application.SubscriptionLimits;

/**
 * Puts new jobs in the queue. Every path that creates a job goes through here, so the creation
 * rules of jobs.md 3 (deduplication, the API's rules, and later the owner's subscription checks)
 * live in one place. The queue consumer picks the job up after the caller's transaction commits
 * ({@link JobPending} wakes it then).
 */
@Stateless
public class JobCreation {

  @Inject JobRepository jobs;
  @EJB ProjectAccess access;
  @EJB SubscriptionLimits limits;
  @Inject Event<JobRequested> requested;
  @Inject Event<JobPending> pending;

  /** A new pending job, whatever else is queued. */
  public Job create(Project project, JobType type, User createdBy, User triggeredBy) {
    Job job = new Job(project, type, createdBy, triggeredBy);
    jobs.add(job);
    pending.fire(new JobPending(job.getId()));
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

  /**
   * {@code POST jobs/} (api.md 5.11): the permission of the type, then for {@code package} without
   * {@code force} the already active package job of anybody (not created) or 400 {@code
   * no_qgis_project}; otherwise a new job.
   *
   * <p>Differences from the reference (docs/api.md): a missing or unknown type, or {@code
   * create_project}, is 400 {@code invalid_job} instead of a 500. {@code delta_apply} creates a job
   * carrying the project's {@code overwrite_conflicts} and its pending deltas where the reference
   * answers 500.
   */
  public Requested request(
      String projectId, AuthenticatedUser caller, String typeName, boolean force) {
    if (projectId == null || projectId.isBlank()) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "The field project_id is missing.");
    }
    access.find(projectId); // an unknown project is 404 whatever the type
    JobType type =
        JobType.fromWireName(typeName == null ? "" : typeName)
            .filter(t -> t != JobType.CREATE_PROJECT)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.INVALID_JOB,
                        "The job type must be package, process_projectfile or delta_apply, not '"
                            + typeName
                            + "'."));
    Project project =
        access
            .require(
                projectId,
                caller,
                type == JobType.PACKAGE
                    ? ProjectAction.CREATE_PACKAGE_JOB
                    : ProjectAction.CREATE_OTHER_JOBS)
            .project();
    if (type == JobType.PACKAGE && project.getProjectType() != ProjectType.REGULAR) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED, "Only regular projects can be packaged for QField.");
    }
    if (type == JobType.PACKAGE && !force) {
      Optional<Job> active = jobs.activeJob(project.getId(), JobType.PACKAGE);
      if (active.isPresent()) {
        return new Requested(active.get(), false);
      }
      if (project.getTheQgisFileName() == null) {
        throw new ApiException(
            ErrorCode.NO_QGIS_PROJECT, "The project has no QGIS project file to package.");
      }
    }
    if (type != JobType.PROCESS_PROJECTFILE) {
      // inactive subscription, no storage left, or online layers the plan does not support
      limits.requireCanCreateJob(project.getId());
    }
    User creator = jobs.user(caller.userId());
    Job job = create(project, type, creator, creator);
    requested.fire(new JobRequested(job));
    return new Requested(job, true);
  }

  /**
   * What {@link #request} gave.
   *
   * @param created false when an already active job was returned instead of a new one
   */
  public record Requested(Job job, boolean created) {}
}

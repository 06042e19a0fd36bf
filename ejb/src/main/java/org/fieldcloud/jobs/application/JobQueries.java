package org.fieldcloud.jobs.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.infrastructure.persistence.JobRepository;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;
import org.fieldcloud.shared.domain.Uuids;

/**
 * Reading jobs through the API (api.md 5.11), with the project permission {@code can_list_jobs}.
 */
@Stateless
public class JobQueries {

  @Inject JobRepository jobs;
  @EJB ProjectAccess access;

  /**
   * The project's jobs in creation order; {@code project_id} missing is 404 as in the reference.
   */
  public Page<Job> list(String projectId, AuthenticatedUser caller, Optional<PageRequest> page) {
    if (projectId == null || projectId.isBlank()) {
      throw new ApiException(
          ErrorCode.OBJECT_NOT_FOUND, "The query parameter project_id is missing.");
    }
    UUID project = access.require(projectId, caller, ProjectAction.LIST_JOBS).project().getId();
    return jobs.list(project, page);
  }

  /**
   * Those of {@code projectIds} that have an active job: their status is {@code busy}. For the
   * project views of the web module, which cannot use the repository's persistence context.
   */
  public Set<UUID> busyProjects(Collection<UUID> projectIds) {
    return jobs.busy(projectIds);
  }

  /** One job; an unknown job is 403 like a job the caller may not see (api.md 5.11). */
  public Job get(String jobId, AuthenticatedUser caller) {
    UUID id = Uuids.parse(jobId);
    Job job =
        jobs.find(id)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.PERMISSION_DENIED, "No job " + id + " that you may see."));
    access.require(job.getProject().getId().toString(), caller, ProjectAction.LIST_JOBS);
    return job;
  }
}

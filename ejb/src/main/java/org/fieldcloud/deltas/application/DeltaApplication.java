package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.deltas.domain.model.DeltaChunks;
import org.fieldcloud.deltas.infrastructure.persistence.DeltaRepository;
import org.fieldcloud.jobs.application.JobCreation;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobRequested;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * The apply rule (jobs.md 3.3, {@code apply_deltas}): the project's pending deltas that no active
 * apply job carries go into new delta_apply jobs of at most 1000 deltas each, without overlap.
 * Called after every upload that stored a delta (the reference always autoapplies) and by the
 * deprecated {@code deltas/apply/} endpoint.
 */
@Stateless
public class DeltaApplication {

  @Inject DeltaRepository deltas;
  @EJB JobCreation jobCreation;
  @EJB OwnerAccountGate ownerAccount;
  @PersistenceContext EntityManager em;

  /**
   * Creates the apply jobs for the pending deltas of {@code project} (only those of {@code
   * deltaIds} when given) and returns them; none when nothing is pending or the owner's account
   * cannot run jobs (the deltas then stay pending).
   */
  public List<Job> applyPending(Project project, User user, Optional<Collection<UUID>> deltaIds) {
    if (project.getProjectType() == ProjectType.TEMPLATE) {
      throw new ApiException(
          ErrorCode.OPERATION_NOT_ALLOWED_FOR_TEMPLATE_PROJECT,
          "Deltas cannot be applied to a template project.");
    }
    if (!ownerAccount.canCreateJob(project)) {
      return List.of();
    }
    if (deltaIds.isPresent() && deltaIds.get().isEmpty()) {
      return List.of();
    }
    List<UUID> pending = deltas.lockPendingForApply(project.getId(), deltaIds);
    List<Job> created = new ArrayList<>();
    for (List<UUID> chunk : DeltaChunks.of(pending, DeltaChunks.APPLY_DELTAS_LIMIT)) {
      Job job = jobCreation.create(project, JobType.DELTA_APPLY, user, user);
      em.flush(); // the job row must exist before core_applyjobdelta points to it
      deltas.attach(job.getId(), chunk);
      created.add(job);
    }
    return created;
  }

  /**
   * A {@code delta_apply} job asked for through {@code POST jobs/} carries the first chunk of the
   * project's pending deltas that no active apply job carries; the rest stay pending for the next
   * apply. With nothing pending it runs with an empty delta file and applies nothing.
   */
  public void attachPending(@Observes JobRequested requested) {
    Job job = requested.job();
    if (job.getType() != JobType.DELTA_APPLY) {
      return;
    }
    em.flush(); // the job row must exist before core_applyjobdelta points to it
    List<UUID> pending = deltas.lockPendingForApply(job.getProject().getId(), Optional.empty());
    deltas.attach(
        job.getId(), pending.subList(0, Math.min(pending.size(), DeltaChunks.APPLY_DELTAS_LIMIT)));
  }
}

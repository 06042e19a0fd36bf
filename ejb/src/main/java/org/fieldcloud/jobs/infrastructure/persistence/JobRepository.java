package org.fieldcloud.jobs.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;

/** Finds jobs. Writes happen through the entity inside the caller's transaction. */
@ApplicationScoped
public class JobRepository {

  @PersistenceContext EntityManager em;

  public Optional<Job> find(UUID id) {
    return Optional.ofNullable(em.find(Job.class, id));
  }

  public void add(Job job) {
    em.persist(job);
  }

  /** The project's jobs in pending, queued or started, oldest first. */
  public List<Job> activeJobs(UUID projectId) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.project.id = :project AND j.status IN :active"
                + " ORDER BY j.createdAt",
            Job.class)
        .setParameter("project", projectId)
        .setParameter("active", JobStatus.ACTIVE)
        .getResultList();
  }

  /** The oldest active job of a type on the project, if any. */
  public Optional<Job> activeJob(UUID projectId, JobType type) {
    return activeJobs(projectId).stream().filter(j -> j.getType() == type).findFirst();
  }

  /** A project is busy while any of its jobs is active (jobs.md 2.2). */
  public boolean isBusy(UUID projectId) {
    return !em.createQuery(
            "SELECT j.id FROM Job j WHERE j.project.id = :project AND j.status IN :active",
            UUID.class)
        .setParameter("project", projectId)
        .setParameter("active", JobStatus.ACTIVE)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}

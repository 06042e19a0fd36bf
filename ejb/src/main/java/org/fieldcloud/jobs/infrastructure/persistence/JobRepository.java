package org.fieldcloud.jobs.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

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

  /** Those of {@code projectIds} that are busy, in one query (for lists of projects). */
  public Set<UUID> busy(Collection<UUID> projectIds) {
    if (projectIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT j.project.id FROM Job j WHERE j.project.id IN :projects"
                    + " AND j.status IN :active",
                UUID.class)
            .setParameter("projects", projectIds)
            .setParameter("active", JobStatus.ACTIVE)
            .getResultList());
  }

  /** The project's jobs in creation order, one page or all (api.md 5.11). */
  public Page<Job> list(UUID projectId, Optional<PageRequest> page) {
    var query =
        em.createQuery(
                "SELECT j FROM Job j WHERE j.project.id = :project ORDER BY j.createdAt, j.id",
                Job.class)
            .setParameter("project", projectId);
    if (page.isEmpty()) {
      return Page.all(query.getResultList());
    }
    long total =
        em.createQuery("SELECT count(j) FROM Job j WHERE j.project.id = :project", Long.class)
            .setParameter("project", projectId)
            .getSingleResult();
    List<Job> items =
        query.setFirstResult(page.get().offset()).setMaxResults(page.get().limit()).getResultList();
    return new Page<>(items, total, page);
  }

  /** A user, for the creator of a job (a find: User is abstract, EclipseLink cannot proxy it). */
  public User user(long id) {
    return em.find(User.class, id);
  }
}

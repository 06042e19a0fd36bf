package org.fieldcloud.packages.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;

/** The queries on package jobs that the package endpoints and the project JSON need. */
@ApplicationScoped
public class PackageJobs {

  @PersistenceContext EntityManager em;

  /**
   * The newest package job of the project that is no longer active (finished, failed or stopped):
   * the package {@code packages/<id>/latest/} serves (jobs.md 9); only among the jobs {@code
   * triggeredBy} started when that is given.
   */
  public Optional<Job> latestEnded(UUID projectId, Optional<Long> triggeredBy) {
    TypedQuery<Job> query =
        em.createQuery(
                "SELECT j FROM Job j WHERE j.project.id = :project AND j.type = :type"
                    + " AND j.status NOT IN :active"
                    + (triggeredBy.isPresent() ? " AND j.triggeredBy.id = :user" : "")
                    + " ORDER BY j.createdAt DESC",
                Job.class)
            .setParameter("project", projectId)
            .setParameter("type", JobType.PACKAGE)
            .setParameter("active", JobStatus.ACTIVE);
    triggeredBy.ifPresent(user -> query.setParameter("user", user));
    return query.setMaxResults(1).getResultStream().findFirst();
  }

  /** Every package job of the project, newest first (a few dozen at most in practice). */
  public List<Job> ofProject(UUID projectId) {
    return em.createQuery(
            "SELECT j FROM Job j WHERE j.project.id = :project AND j.type = :type"
                + " ORDER BY j.createdAt DESC",
            Job.class)
        .setParameter("project", projectId)
        .setParameter("type", JobType.PACKAGE)
        .getResultList();
  }

  /** The state of the newest package job of each project, for the project JSON. */
  public record LatestPackageJob(JobStatus status, OffsetDateTime finishedAt) {}

  /** The newest package job of each of the projects that has one, in one query. */
  public Map<UUID, LatestPackageJob> latestOf(Collection<UUID> projectIds) {
    Map<UUID, LatestPackageJob> latest = new HashMap<>();
    if (projectIds.isEmpty()) {
      return latest;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT j.project.id, j.status, j.finishedAt FROM Job j"
                    + " WHERE j.project.id IN :projects AND j.type = :type"
                    + " ORDER BY j.createdAt DESC",
                Object[].class)
            .setParameter("projects", projectIds)
            .setParameter("type", JobType.PACKAGE)
            .getResultList();
    for (Object[] row : rows) {
      latest.putIfAbsent(
          (UUID) row[0], new LatestPackageJob((JobStatus) row[1], (OffsetDateTime) row[2]));
    }
    return latest;
  }

  /** Ids of the persons who hold a role on the project (projects_with_roles_vw). */
  @SuppressWarnings("unchecked")
  public Set<Long> usersWithRole(UUID projectId) {
    List<Number> ids =
        em.createNativeQuery("SELECT user_id FROM projects_with_roles_vw WHERE project_id = ?1")
            .setParameter(1, projectId)
            .getResultList();
    Set<Long> result = new HashSet<>();
    ids.forEach(id -> result.add(id.longValue()));
    return result;
  }
}

package org.fieldcloud.jobs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue side of the job table (jobs.md 4): taking the next job for a node, and finding the jobs
 * that recovery must end. Each call is its own short transaction, committed before any worker runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobQueue {

  /**
   * The oldest pending job of a project that has no queued or started job and is not locked. {@code
   * FOR UPDATE SKIP LOCKED} locks the job and its project row, so two consumers (of this node or of
   * another) never take the same job, and a project locked by an upload is skipped this round.
   */
  private static final String NEXT_PENDING =
      "SELECT CAST(j.id AS text), CAST(j.project_id AS text), j.created_at FROM core_job j"
          + " JOIN project_project p ON p.id = j.project_id"
          + " WHERE j.status = 'pending' AND p.locked_at IS NULL"
          + " AND NOT EXISTS (SELECT 1 FROM core_job a WHERE a.project_id = j.project_id"
          + " AND a.status IN ('queued', 'started'))"
          + " ORDER BY j.created_at LIMIT 1 FOR UPDATE SKIP LOCKED";

  @PersistenceContext EntityManager em;

  /**
   * Takes the next job for {@code node} and marks it queued, or nothing. After the project row is
   * locked, a second statement (a fresh snapshot) checks again that the project has no running job:
   * a consumer that took another job of the same project committed just before would otherwise go
   * unseen by the first statement's snapshot.
   */
  public Optional<Claim> claimNext(String node) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(NEXT_PENDING).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    UUID job = UUID.fromString((String) rows.get(0)[0]);
    UUID project = UUID.fromString((String) rows.get(0)[1]);
    Instant createdAt = instant(rows.get(0)[2]);
    Number running =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM core_job WHERE project_id = CAST(?1 AS uuid)"
                        + " AND status IN ('queued', 'started')")
                .setParameter(1, project.toString())
                .getSingleResult();
    if (running.longValue() > 0) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "UPDATE core_job SET status = 'queued', node_id = ?1, updated_at = now() WHERE id = CAST(?2 AS uuid)")
        .setParameter(1, node)
        .setParameter(2, job.toString())
        .executeUpdate();
    return Optional.of(new Claim(job, createdAt));
  }

  /**
   * A job taken by {@link #claimNext}.
   *
   * @param createdAt when it was created: where its time in the queue is counted from
   */
  public record Claim(UUID jobId, Instant createdAt) {}

  /** Back to pending: the job was taken but could not be handed to a consumer. */
  public void requeue(UUID jobId) {
    em.createNativeQuery(
            "UPDATE core_job SET status = 'pending', node_id = NULL, started_at = NULL,"
                + " updated_at = now() WHERE id = CAST(?1 AS uuid) AND status = 'queued'")
        .setParameter(1, jobId.toString())
        .executeUpdate();
  }

  /** Jobs queued or started by {@code node}: after a restart of the node, none of them runs. */
  public List<UUID> activeOn(String node) {
    return ids(
        em.createNativeQuery(
                "SELECT CAST(id AS text) FROM core_job WHERE node_id = ?1"
                    + " AND status IN ('queued', 'started')")
            .setParameter(1, node)
            .getResultList());
  }

  /**
   * Started jobs of any node that should have ended long ago (started more than {@code seconds}
   * ago): their node died, or lost them (jobs.md 5.8).
   */
  public List<UUID> startedLongerThan(long seconds) {
    return ids(
        em.createNativeQuery(
                "SELECT CAST(id AS text) FROM core_job WHERE status = 'started'"
                    + " AND started_at < now() - make_interval(secs => ?1)")
            .setParameter(1, (double) seconds)
            .getResultList());
  }

  /**
   * Queued jobs of any node that were never started and wait for more than {@code seconds}: their
   * node died between taking and starting them (the reference leaves them blocking the project).
   */
  public int requeueQueuedLongerThan(long seconds) {
    return em.createNativeQuery(
            "UPDATE core_job SET status = 'pending', node_id = NULL, updated_at = now()"
                + " WHERE status = 'queued' AND updated_at < now() - make_interval(secs => ?1)")
        .setParameter(1, (double) seconds)
        .executeUpdate();
  }

  /** The driver gives {@code timestamptz} as a {@code java.sql.Timestamp} in native queries. */
  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return Instant.now();
  }

  private static List<UUID> ids(List<?> rows) {
    return rows.stream().map(r -> UUID.fromString((String) r)).toList();
  }
}

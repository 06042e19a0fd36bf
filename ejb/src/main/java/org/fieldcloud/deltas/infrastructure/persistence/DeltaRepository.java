package org.fieldcloud.deltas.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldcloud.deltas.domain.model.ApplyJobDelta;
import org.fieldcloud.deltas.domain.model.ClientPks;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.domain.model.DeltaStatus;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/**
 * Reads and writes deltas and the rows tying them to apply jobs. Inserts are plain SQL: a delta is
 * stored once per uuid whatever the concurrency ({@code ON CONFLICT DO NOTHING}), and a job's
 * deltas are attached in one statement.
 */
@ApplicationScoped
public class DeltaRepository {

  @PersistenceContext EntityManager em;

  /** Stores a new delta; false when a delta with that uuid exists already, in any project. */
  public boolean insertIfAbsent(
      UUID id,
      UUID deltafileId,
      UUID clientId,
      UUID projectId,
      String contentJson,
      DeltaStatus status,
      String feedbackJson,
      long createdById) {
    return em.createNativeQuery(
                "INSERT INTO core_delta (id, deltafile_id, client_id, project_id, content,"
                    + " last_status, last_feedback, created_by_id)"
                    + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid),"
                    + " CAST(?4 AS uuid), ?5, ?6, CAST(?7 AS text), ?8)"
                    + " ON CONFLICT (id) DO NOTHING")
            .setParameter(1, id.toString())
            .setParameter(2, deltafileId.toString())
            .setParameter(3, clientId.toString())
            .setParameter(4, projectId.toString())
            .setParameter(5, contentJson)
            .setParameter(6, status.wireName())
            .setParameter(7, feedbackJson)
            .setParameter(8, createdById)
            .executeUpdate()
        == 1;
  }

  /**
   * Locks and returns, in arrival order, the project's pending deltas that no active apply job
   * carries yet (jobs.md 3.3 steps 3-4), optionally only among {@code only}. A per-project advisory
   * lock held to the end of the transaction makes two concurrent callers take turns, so the second
   * sees the first one's jobs and never attaches the same delta again.
   */
  public List<UUID> lockPendingForApply(UUID projectId, Optional<Collection<UUID>> only) {
    em.createNativeQuery(
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended("
                + "'core_delta apply ' || ?1, 0))) l")
        .setParameter(1, projectId.toString())
        .getResultList();
    List<?> ids =
        em.createNativeQuery(
                "SELECT CAST(d.id AS text) FROM core_delta d"
                    + " WHERE d.project_id = CAST(?1 AS uuid) AND d.last_status = 'pending'"
                    + " AND (?2 = '' OR d.id = ANY (CAST(string_to_array(?2, ',') AS uuid[])))"
                    + " AND NOT EXISTS (SELECT 1 FROM core_applyjobdelta a"
                    + " JOIN core_job j ON j.id = a.apply_job_id"
                    + " WHERE a.delta_id = d.id AND j.status IN ('pending', 'queued', 'started'))"
                    + " ORDER BY d.seq FOR UPDATE OF d")
            .setParameter(1, projectId.toString())
            .setParameter(2, only.map(DeltaRepository::joined).orElse(""))
            .getResultList();
    return ids.stream().map(id -> UUID.fromString((String) id)).toList();
  }

  /** Attaches deltas to an apply job (the job row must be flushed already). */
  public void attach(UUID jobId, List<UUID> deltaIds) {
    em.createNativeQuery(
            "INSERT INTO core_applyjobdelta (apply_job_id, delta_id)"
                + " SELECT CAST(?1 AS uuid), CAST(t.id AS uuid)"
                + " FROM unnest(string_to_array(?2, ',')) WITH ORDINALITY AS t (id, n)"
                + " ORDER BY t.n")
        .setParameter(1, jobId.toString())
        .setParameter(2, joined(deltaIds))
        .executeUpdate();
  }

  /** The rows of an apply job with their deltas, locked, in the deltas' arrival order. */
  public List<ApplyJobDelta> lockJobRows(UUID jobId) {
    return em.createQuery(
            "SELECT a FROM ApplyJobDelta a JOIN FETCH a.delta d WHERE a.applyJobId = :job"
                + " ORDER BY d.seq",
            ApplyJobDelta.class)
        .setParameter("job", jobId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** Everything the server knows of where these clients' features ended up (jobs.md 5.2). */
  public List<ClientPks.Source> clientPkSources(Collection<UUID> clientIds) {
    if (clientIds.isEmpty()) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(client_id AS text), CAST(content AS jsonb) ->> 'localLayerId',"
                    + " CAST(content AS jsonb) ->> 'localPk', last_modified_pk FROM core_delta"
                    + " WHERE client_id = ANY (CAST(string_to_array(?1, ',') AS uuid[]))"
                    + " AND last_modified_pk IS NOT NULL ORDER BY seq")
            .setParameter(1, joined(clientIds))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new ClientPks.Source(
                    UUID.fromString((String) r[0]), (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  /**
   * A page of the project's deltas, optionally of one deltafile. Ordered by arrival unless {@code
   * newestFirst}.
   */
  public Page<Delta> list(
      UUID projectId, Optional<UUID> deltafileId, boolean newestFirst, Optional<PageRequest> page) {
    String where =
        " WHERE d.projectId = :project"
            + (deltafileId.isPresent() ? " AND d.deltafileId = :deltafile" : "");
    TypedQuery<Long> count =
        em.createQuery("SELECT count(d) FROM Delta d" + where, Long.class)
            .setParameter("project", projectId);
    TypedQuery<Delta> query =
        em.createQuery(
                "SELECT d FROM Delta d JOIN FETCH d.createdBy"
                    + where
                    + (newestFirst
                        ? " ORDER BY d.createdAt DESC, d.seq DESC"
                        : " ORDER BY d.createdAt, d.seq"),
                Delta.class)
            .setParameter("project", projectId);
    deltafileId.ifPresent(
        id -> {
          count.setParameter("deltafile", id);
          query.setParameter("deltafile", id);
        });
    page.ifPresent(p -> query.setFirstResult(p.offset()).setMaxResults(p.limit()));
    return new Page<>(query.getResultList(), count.getSingleResult(), page);
  }

  private static String joined(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
  }
}

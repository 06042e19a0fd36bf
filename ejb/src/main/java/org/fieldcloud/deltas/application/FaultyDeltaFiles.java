package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.deltas.domain.model.FaultyDeltaFile;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Keeps refused delta uploads (jobs.md 2.5): the raw bytes in object storage at {@code
 * projects/<id>/deltafiles/<ISO time>-<deltafile id|unknown>.json} and a row saying who sent it and
 * why it failed. Runs in its own transaction, because the refusal rolls the upload's back.
 */
@Stateless
public class FaultyDeltaFiles {

  private static final Logger LOG = Logger.getLogger(FaultyDeltaFiles.class.getName());
  private static final int USER_AGENT_MAX = 255;

  @EJB ObjectStorage storage;
  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public FaultyDeltaFile keep(
      UUID projectId, byte[] raw, UUID deltafileId, String userAgent, String reason) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String key =
        "projects/%s/deltafiles/%s-%s.json"
            .formatted(
                projectId,
                now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                deltafileId == null ? "unknown" : deltafileId);
    try {
      storage
          .client()
          .putObject(
              b -> b.bucket(storage.bucket()).key(key).contentType("application/json"),
              RequestBody.fromBytes(raw));
    } catch (SdkException e) {
      // The row still tells operators what happened; the bytes are lost with the storage.
      LOG.log(Level.WARNING, "Could not store the faulty deltafile " + key, e);
      reason = reason + "\n(the file could not be stored: " + e.getMessage() + ")";
    }
    String agent = userAgent == null ? "" : userAgent;
    FaultyDeltaFile faulty =
        new FaultyDeltaFile(
            projectId,
            deltafileId,
            key,
            now,
            agent.length() > USER_AGENT_MAX ? agent.substring(0, USER_AGENT_MAX) : agent,
            reason);
    // Plain SQL: EclipseLink's UUID conversion refuses a null deltafile_id.
    em.createNativeQuery(
            "INSERT INTO core_faultydeltafile (id, deltafile_id, deltafile, created_at, project_id,"
                + " user_agent, traceback) VALUES (CAST(?1 AS uuid), CAST(CAST(?2 AS text) AS uuid),"
                + " ?3, now(), CAST(?5 AS uuid), ?6, ?7)")
        .setParameter(1, faulty.getId().toString())
        .setParameter(2, deltafileId == null ? null : deltafileId.toString())
        .setParameter(3, key)
        .setParameter(5, projectId.toString())
        .setParameter(6, faulty.getUserAgent())
        .setParameter(7, faulty.getTraceback())
        .executeUpdate();
    return faulty;
  }
}

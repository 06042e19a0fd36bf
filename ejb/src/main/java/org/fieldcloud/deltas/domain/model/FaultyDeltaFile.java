package org.fieldcloud.deltas.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delta upload that was refused (jobs.md 2.5), kept so an operator can see what the client sent
 * and why it failed. The raw bytes are in object storage under {@link #getObjectKey()}.
 */
@Entity
@Table(name = "core_faultydeltafile")
public class FaultyDeltaFile {

  @Id private UUID id;

  @Column(name = "deltafile_id")
  private UUID deltafileId;

  @Column(name = "deltafile", nullable = false)
  private String objectKey;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "project_id")
  private UUID projectId;

  @Column(name = "user_agent", nullable = false)
  private String userAgent;

  @Column(nullable = false)
  private String traceback;

  protected FaultyDeltaFile() {}

  public FaultyDeltaFile(
      UUID projectId,
      UUID deltafileId,
      String objectKey,
      OffsetDateTime createdAt,
      String userAgent,
      String traceback) {
    this.id = UUID.randomUUID();
    this.projectId = projectId;
    this.deltafileId = deltafileId;
    this.objectKey = objectKey;
    this.createdAt = createdAt;
    this.userAgent = userAgent;
    this.traceback = traceback;
  }

  public UUID getId() {
    return id;
  }

  public UUID getDeltafileId() {
    return deltafileId;
  }

  public String getObjectKey() {
    return objectKey;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public String getTraceback() {
    return traceback;
  }
}

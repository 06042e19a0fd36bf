package org.fieldcloud.deltas.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.Project;

/**
 * One feature edit sent by a client (jobs.md 2.4). Rows are inserted by {@code DeltaRepository}
 * (idempotently, by the client's uuid); afterwards only the apply jobs change their status.
 */
@Entity
@Table(name = "core_delta")
public class Delta {

  @Id private UUID id;

  @Column(name = "deltafile_id", nullable = false)
  private UUID deltafileId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "project_id", nullable = false)
  private UUID projectId;

  /** The same column as {@link #projectId}, for the admin lists (project name, owner). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id", insertable = false, updatable = false)
  private Project project;

  /** The delta object as received, JSON text. */
  @Column(nullable = false)
  private String content;

  @Column(name = "last_status", nullable = false)
  private DeltaStatus lastStatus;

  /** JSON text or null. */
  @Column(name = "last_feedback")
  private String lastFeedback;

  @Column(name = "last_modified_pk")
  private String lastModifiedPk;

  @Column(name = "last_apply_attempt_at")
  private OffsetDateTime lastApplyAttemptAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "last_apply_attempt_by_id")
  private User lastApplyAttemptBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  /** Arrival order, given by the database. */
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  protected Delta() {}

  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now();
  }

  /** Handed to a worker by an apply job started at {@code at} for {@code by}. */
  public void markStarted(OffsetDateTime at, User by) {
    this.lastStatus = DeltaStatus.STARTED;
    this.lastApplyAttemptAt = at;
    this.lastApplyAttemptBy = by;
  }

  /** The outcome of an apply attempt; {@code feedbackJson} may be null. */
  public void recordOutcome(
      DeltaStatus status,
      String feedbackJson,
      String modifiedPk,
      OffsetDateTime attemptAt,
      User attemptBy) {
    this.lastStatus = status;
    this.lastFeedback = feedbackJson;
    this.lastModifiedPk = modifiedPk;
    this.lastApplyAttemptAt = attemptAt;
    this.lastApplyAttemptBy = attemptBy;
  }

  /**
   * A staff decision from the admin console (model.md 2.8): {@code pending} to have it applied
   * again by the next apply job, or a final status the apply jobs then leave alone.
   */
  public void setStatusByStaff(DeltaStatus status) {
    this.lastStatus = status;
  }

  public UUID getId() {
    return id;
  }

  public UUID getDeltafileId() {
    return deltafileId;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public String getContent() {
    return content;
  }

  public DeltaStatus getLastStatus() {
    return lastStatus;
  }

  public String getLastFeedback() {
    return lastFeedback;
  }

  public String getLastModifiedPk() {
    return lastModifiedPk;
  }

  public OffsetDateTime getLastApplyAttemptAt() {
    return lastApplyAttemptAt;
  }

  public User getLastApplyAttemptBy() {
    return lastApplyAttemptBy;
  }

  public Project getProject() {
    return project;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public Long getSeq() {
    return seq;
  }
}

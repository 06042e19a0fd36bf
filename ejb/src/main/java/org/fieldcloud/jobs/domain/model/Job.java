package org.fieldcloud.jobs.domain.model;

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
 * One run of the worker for a project (jobs.md 2.1): packaging, applying deltas or reading the
 * project file. Status changes go through the methods below so that every ended job has its {@code
 * finished_at}.
 */
@Entity
@Table(name = "core_job")
public class Job {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Column(nullable = false)
  private JobType type;

  @Column(nullable = false)
  private JobStatus status = JobStatus.PENDING;

  @Column(name = "output")
  private String output;

  /** feedback.json of the worker, as JSON text. */
  @Column(name = "feedback")
  private String feedback;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "triggered_by_id")
  private User triggeredBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "docker_started_at")
  private OffsetDateTime dockerStartedAt;

  @Column(name = "docker_finished_at")
  private OffsetDateTime dockerFinishedAt;

  @Column(name = "container_id", nullable = false)
  private String containerId = "";

  @Column(name = "node_id")
  private String nodeId;

  @Column(name = "overwrite_conflicts")
  private Boolean overwriteConflicts;

  protected Job() {}

  /** A new pending job; {@code triggeredBy} is who asked, {@code createdBy} whose token runs it. */
  public Job(Project project, JobType type, User createdBy, User triggeredBy) {
    this.id = UUID.randomUUID();
    this.project = project;
    this.type = type;
    this.createdBy = createdBy;
    this.triggeredBy = triggeredBy == null ? createdBy : triggeredBy;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
    if (type == JobType.DELTA_APPLY) {
      this.overwriteConflicts = project.isOverwriteConflicts();
    }
  }

  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now();
  }

  public void markQueued(String node) {
    this.status = JobStatus.QUEUED;
    this.nodeId = node;
  }

  public void markStarted() {
    this.status = JobStatus.STARTED;
    this.startedAt = OffsetDateTime.now();
  }

  public void markFinished(String output, String feedback) {
    end(JobStatus.FINISHED, output, feedback);
  }

  public void markFailed(String output, String feedback) {
    end(JobStatus.FAILED, output, feedback);
  }

  /** Puts the job back in the queue (admin re-run, or a node's recovery); its history stays. */
  public void requeue() {
    this.status = JobStatus.PENDING;
    this.nodeId = null;
    this.startedAt = null;
    this.finishedAt = null;
    this.containerId = "";
  }

  private void end(JobStatus ended, String output, String feedback) {
    this.status = ended;
    this.output = output;
    this.feedback = feedback;
    this.finishedAt = OffsetDateTime.now();
  }

  public void recordContainer(String containerId, OffsetDateTime started) {
    this.containerId = containerId == null ? "" : containerId;
    this.dockerStartedAt = started;
  }

  public void recordContainerEnd(OffsetDateTime finished) {
    this.dockerFinishedAt = finished;
  }

  public UUID getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public JobType getType() {
    return type;
  }

  public JobStatus getStatus() {
    return status;
  }

  public String getOutput() {
    return output;
  }

  public String getFeedback() {
    return feedback;
  }

  public User getTriggeredBy() {
    return triggeredBy;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public OffsetDateTime getDockerStartedAt() {
    return dockerStartedAt;
  }

  public OffsetDateTime getDockerFinishedAt() {
    return dockerFinishedAt;
  }

  public String getContainerId() {
    return containerId;
  }

  public String getNodeId() {
    return nodeId;
  }

  /** Only for delta_apply jobs; null otherwise. */
  public Boolean getOverwriteConflicts() {
    return overwriteConflicts;
  }
}

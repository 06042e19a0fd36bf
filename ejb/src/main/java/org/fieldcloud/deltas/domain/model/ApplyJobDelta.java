package org.fieldcloud.deltas.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;

/**
 * A delta carried by a delta_apply job, and what became of it in that job (jobs.md 2.3). Rows are
 * inserted in bulk by {@code DeltaRepository}; the job hooks move their status.
 */
@Entity
@Table(name = "core_applyjobdelta")
public class ApplyJobDelta {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apply_job_id", nullable = false)
  private UUID applyJobId;

  /** The same column as {@link #applyJobId}, for the admin console's links and job status. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "apply_job_id", insertable = false, updatable = false)
  private Job applyJob;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "delta_id")
  private Delta delta;

  @Column(nullable = false)
  private DeltaStatus status;

  /** JSON text or null. */
  @Column(name = "feedback")
  private String feedback;

  @Column(name = "modified_pk")
  private String modifiedPk;

  protected ApplyJobDelta() {}

  public void markStarted() {
    this.status = DeltaStatus.STARTED;
  }

  public void recordOutcome(DeltaStatus status, String feedbackJson, String modifiedPk) {
    this.status = status;
    this.feedback = feedbackJson;
    this.modifiedPk = modifiedPk;
  }

  public Long getId() {
    return id;
  }

  public UUID getApplyJobId() {
    return applyJobId;
  }

  public Job getApplyJob() {
    return applyJob;
  }

  public Delta getDelta() {
    return delta;
  }

  public DeltaStatus getStatus() {
    return status;
  }

  public String getFeedback() {
    return feedback;
  }

  public String getModifiedPk() {
    return modifiedPk;
  }
}

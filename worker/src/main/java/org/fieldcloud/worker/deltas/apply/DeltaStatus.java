package org.fieldcloud.worker.deltas.apply;

/**
 * The per-delta verdict, spelled as the reference worker reports it. The server maps them to {@code
 * Delta.last_status}: applied, conflict, not_applied ({@code status_apply_failed}) and error
 * (anything else).
 */
public enum DeltaStatus {
  APPLIED("status_applied", null),
  CONFLICT("status_conflict", "CONFLICT"),
  APPLY_FAILED("status_apply_failed", "ERROR"),
  UNKNOWN_ERROR("status_unknown_error", "ERROR");

  private final String wireName;
  private final String errorType;

  DeltaStatus(String wireName, String errorType) {
    this.wireName = wireName;
    this.errorType = errorType;
  }

  public String wireName() {
    return wireName;
  }

  /** The feedback's {@code e_type}; {@code null} for applied deltas. */
  public String errorType() {
    return errorType;
  }

  /** Whether the data may have been modified by a delta with this status (server's view). */
  public boolean dataModified() {
    return this == APPLIED || this == UNKNOWN_ERROR;
  }
}

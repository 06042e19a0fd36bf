package org.fieldcloud.deltas.domain.model;

/**
 * Whether an apply job hands one of its deltas to the worker now. This is where "applied at most
 * once" is decided: only a delta that no worker has seen yet (its row in this job and the delta
 * itself both pending) is sent. A row left {@code started} means an earlier run of this job got the
 * delta and ended without reporting (a crash): the worker may have applied it, so it is not sent
 * again but ends as an error.
 */
public enum Handover {
  /** Send it to the worker and mark it started. */
  SEND,
  /** An earlier run of this job had it and never reported: mark it error, do not send. */
  UNREPORTED,
  /** Already decided (by this job, another job or an admin): leave it alone. */
  SKIP;

  public static Handover of(DeltaStatus rowStatus, DeltaStatus deltaStatus) {
    if (rowStatus == DeltaStatus.STARTED) {
      return UNREPORTED;
    }
    if (rowStatus == DeltaStatus.PENDING && deltaStatus == DeltaStatus.PENDING) {
      return SEND;
    }
    return SKIP;
  }
}

package org.fieldcloud.deltas.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What became of a delta (jobs.md 2.4), stored in its lower-case name and shown to clients as the
 * {@code STATUS_*} string QField parses (api.md 6.9).
 */
public enum DeltaStatus {
  PENDING("STATUS_PENDING"),
  STARTED("STATUS_BUSY"),
  APPLIED("STATUS_APPLIED"),
  CONFLICT("STATUS_CONFLICT"),
  NOT_APPLIED("STATUS_NOT_APPLIED"),
  ERROR("STATUS_ERROR"),
  IGNORED("STATUS_IGNORED"),
  UNPERMITTED("STATUS_UNPERMITTED");

  private final String apiName;

  DeltaStatus(String apiName) {
    this.apiName = apiName;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@code status} field of the API; QField keeps polling on PENDING and BUSY only. */
  public String apiName() {
    return apiName;
  }

  /** A delta in a final status is never handed to a worker again. */
  public boolean isFinal() {
    return this != PENDING && this != STARTED;
  }

  public static Optional<DeltaStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
  }

  /** The API string of a stored status; an unknown one shows as an error, as the reference. */
  public static String apiNameOf(String wireName) {
    return fromWireName(wireName).map(DeltaStatus::apiName).orElse(ERROR.apiName);
  }

  /**
   * The status of a worker's {@code delta_feedback} item (jobs.md 5.2): applied, conflict, not
   * applied, and an error for anything else.
   */
  public static DeltaStatus fromWorker(String workerStatus) {
    if (workerStatus == null) {
      return ERROR;
    }
    return switch (workerStatus) {
      case "status_applied" -> APPLIED;
      case "status_conflict" -> CONFLICT;
      case "status_apply_failed" -> NOT_APPLIED;
      default -> ERROR;
    };
  }

  /** Whether the project data may have changed: applied, and errors to be safe (jobs.md 5.2). */
  public boolean mayHaveModifiedData() {
    return this == APPLIED || this == ERROR;
  }
}

package org.fieldcloud.worker.deltas.apply;

import java.util.List;

/** A delta cannot be applied as asked; the status and message go into its feedback. */
class DeltaException extends Exception {

  private final DeltaStatus status;
  private final List<String> conflicts;
  private final String providerErrors;

  DeltaException(DeltaStatus status, String message) {
    this(status, message, null, null);
  }

  DeltaException(
      DeltaStatus status, String message, List<String> conflicts, String providerErrors) {
    super(message);
    this.status = status;
    this.conflicts = conflicts;
    this.providerErrors = providerErrors;
  }

  DeltaStatus status() {
    return status;
  }

  List<String> conflicts() {
    return conflicts;
  }

  String providerErrors() {
    return providerErrors;
  }
}

package org.fieldcloud.subscriptions.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** The statuses of model.md 1.5.4; only the two {@code active_*} ones allow work. */
public enum SubscriptionStatus {
  INACTIVE_DRAFT,
  INACTIVE_DRAFT_EXPIRED,
  INACTIVE_REQUESTED_CREATE,
  INACTIVE_AWAITS_PAYMENT,
  ACTIVE_PAID,
  ACTIVE_PAST_DUE,
  INACTIVE_CANCELLED;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean allowsWork() {
    return this == ACTIVE_PAID || this == ACTIVE_PAST_DUE;
  }

  public static Optional<SubscriptionStatus> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
  }
}

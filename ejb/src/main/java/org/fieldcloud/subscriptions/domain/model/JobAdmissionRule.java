package org.fieldcloud.subscriptions.domain.model;

import java.util.Optional;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Whether the owner's subscription allows package and apply jobs (model.md 5.4): refused when the
 * subscription is inactive (403 inactive_subscription), then when no storage is left (402
 * over_quota).
 */
public final class JobAdmissionRule {

  private JobAdmissionRule() {}

  public static Optional<ErrorCode> refusal(
      boolean subscriptionActive, long allowedBytes, long usedBytes) {
    if (!subscriptionActive) {
      return Optional.of(ErrorCode.INACTIVE_SUBSCRIPTION);
    }
    if (allowedBytes - usedBytes <= 0) {
      return Optional.of(ErrorCode.OVER_QUOTA);
    }
    return Optional.empty();
  }
}

package org.fieldcloud.subscriptions.domain.model;

import java.util.Optional;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Whether the owner's account allows package and apply jobs (model.md 5.4, jobs.md 2.1 {@code
 * check_supported_regarding_owner_account}), in the reference's order: refused when the
 * subscription is inactive (403 inactive_subscription), then when no storage is left (402
 * over_quota), then when the project reads online vector layers (PostGIS, WFS...) and the plan does
 * not support external databases (403 permission_denied_plan_insufficient).
 */
public final class JobAdmissionRule {

  private JobAdmissionRule() {}

  /** The same rule for a project without online vector layers. */
  public static Optional<ErrorCode> refusal(
      boolean subscriptionActive, long allowedBytes, long usedBytes) {
    return refusal(subscriptionActive, allowedBytes, usedBytes, false, false);
  }

  public static Optional<ErrorCode> refusal(
      boolean subscriptionActive,
      long allowedBytes,
      long usedBytes,
      boolean onlineVectorData,
      boolean externalDbSupported) {
    if (!subscriptionActive) {
      return Optional.of(ErrorCode.INACTIVE_SUBSCRIPTION);
    }
    if (allowedBytes - usedBytes <= 0) {
      return Optional.of(ErrorCode.OVER_QUOTA);
    }
    if (onlineVectorData && !externalDbSupported) {
      return Optional.of(ErrorCode.PERMISSION_DENIED_PLAN_INSUFFICIENT);
    }
    return Optional.empty();
  }
}

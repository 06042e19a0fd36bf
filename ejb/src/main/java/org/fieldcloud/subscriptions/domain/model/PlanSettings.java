package org.fieldcloud.subscriptions.domain.model;

import java.util.ArrayList;
import java.util.List;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Every field of a plan that staff edit in the admin console (model.md 1.5.1, 2.12), with the
 * reference's validation of one plan on its own. The rules between plans (trial plan, one default
 * per user type, unique code) are checked by {@code PlanAdministration}.
 *
 * @param minRepackagingCacheExpireMinutes the {@code interval} column, in whole minutes
 * @param upgradableTo comma-separated plan codes, or null
 * @param trialPlanId the trial variant of this plan, or null
 */
public record PlanSettings(
    String code,
    short userType,
    int ordering,
    String displayName,
    int storageMb,
    long storageThresholdWarningBytes,
    long storageThresholdCriticalBytes,
    int storageKeepVersions,
    int jobMinutes,
    boolean canAddStorage,
    boolean canAddJobMinutes,
    boolean externalDbSupported,
    boolean canConfigureRepackagingCacheExpire,
    int minRepackagingCacheExpireMinutes,
    int synchronizationsPerMonths,
    boolean publicPlan,
    boolean defaultPlan,
    boolean premium,
    boolean trial,
    boolean cancellable,
    boolean storageModifiable,
    boolean seatBased,
    int maxOrganizationMembers,
    int maxPremiumCollaboratorsPerPrivateProject,
    int maxTrialOrganizations,
    SubscriptionStatus initialSubscriptionStatus,
    String upgradableTo,
    String notes,
    Long trialPlanId) {

  /** Refuses the settings with every problem found, in one message. */
  public void validate() {
    List<String> problems = new ArrayList<>();
    if (code == null || code.isBlank() || code.length() > 100) {
      problems.add("the code must have 1 to 100 characters");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
      problems.add("the display name must have 1 to 100 characters");
    }
    if (userType != 1 && userType != 2) {
      problems.add("the user type must be person (1) or organization (2)");
    }
    if (ordering < 0) {
      problems.add("the ordering must be 0 or more");
    }
    if (storageMb <= 0) {
      problems.add("the storage must be more than 0 MB");
    }
    if (storageThresholdWarningBytes <= 0 || storageThresholdCriticalBytes <= 0) {
      problems.add("both storage thresholds must be more than 0 bytes");
    }
    if (storageThresholdCriticalBytes >= storageThresholdWarningBytes) {
      problems.add("the critical threshold must be below the warning threshold");
    }
    if (storageThresholdWarningBytes >= storageMb * Plan.BYTES_PER_MB) {
      problems.add("the warning threshold must be below the storage (" + storageMb + " MB)");
    }
    if (storageKeepVersions < 1) {
      problems.add("at least 1 version must be kept");
    }
    if (jobMinutes < 0 || synchronizationsPerMonths < 0) {
      problems.add("job minutes and synchronizations must be 0 or more");
    }
    if (minRepackagingCacheExpireMinutes < 1) {
      problems.add("the minimum repackaging cache expiry must be at least 1 minute");
    }
    if (maxOrganizationMembers < -1
        || maxPremiumCollaboratorsPerPrivateProject < -1
        || maxTrialOrganizations < -1) {
      problems.add("the maximums must be -1 (unlimited) or more");
    }
    if (initialSubscriptionStatus == null) {
      problems.add("choose the initial subscription status");
    }
    if (upgradableTo != null && upgradableTo.length() > 1000) {
      problems.add("'upgradable to' must have at most 1000 characters");
    }
    if (trial && trialPlanId != null) {
      problems.add("a trial plan cannot have a trial plan itself");
    }
    if (!problems.isEmpty()) {
      String text = String.join("; ", problems) + ".";
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, Character.toUpperCase(text.charAt(0)) + text.substring(1));
    }
  }
}

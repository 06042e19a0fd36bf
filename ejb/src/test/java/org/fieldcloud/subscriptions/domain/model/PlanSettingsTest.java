package org.fieldcloud.subscriptions.domain.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.junit.jupiter.api.Test;

class PlanSettingsTest {

  /** The reference's default plan: 10 MB, warning at 2 MB left, critical at 1 MB. */
  private static PlanSettings plan(
      int storageMb, long warning, long critical, boolean trial, Long trialPlanId) {
    return new PlanSettings(
        "pro",
        (short) 1,
        0,
        "Pro",
        storageMb,
        warning,
        critical,
        10,
        10,
        false,
        false,
        false,
        false,
        60,
        30,
        false,
        false,
        false,
        trial,
        true,
        true,
        false,
        -1,
        -1,
        1,
        SubscriptionStatus.ACTIVE_PAID,
        null,
        null,
        trialPlanId);
  }

  @Test
  void theDefaultPlanIsValid() {
    assertDoesNotThrow(() -> plan(10, 2_000_000, 1_000_000, false, null).validate());
  }

  @Test
  void theWarningThresholdMustBeBelowTheStorage() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> plan(10, 10_000_000, 1_000_000, false, null).validate());
    assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    assertEquals("The warning threshold must be below the storage (10 MB).", e.getMessage());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    ApiException e =
        assertThrows(ApiException.class, () -> plan(10, 1_000_000, 0, true, 7L).validate());
    assertEquals(
        "Both storage thresholds must be more than 0 bytes; a trial plan cannot have a trial plan"
            + " itself.",
        e.getMessage());
  }

  @Test
  void theCriticalThresholdMustBeBelowTheWarning() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> plan(10, 1_000_000, 1_000_000, false, null).validate());
    assertEquals("The critical threshold must be below the warning threshold.", e.getMessage());
  }
}

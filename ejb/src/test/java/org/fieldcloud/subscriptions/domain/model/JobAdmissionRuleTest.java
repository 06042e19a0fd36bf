package org.fieldcloud.subscriptions.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.fieldcloud.shared.domain.ErrorCode;
import org.junit.jupiter.api.Test;

class JobAdmissionRuleTest {

  @Test
  void anActiveSubscriptionWithFreeStorageMayRunJobs() {
    assertEquals(Optional.empty(), JobAdmissionRule.refusal(true, 10_000_000, 9_999_999));
  }

  @Test
  void noFreeStorageIsOverQuota() {
    assertEquals(
        Optional.of(ErrorCode.OVER_QUOTA), JobAdmissionRule.refusal(true, 10_000_000, 10_000_000));
    assertEquals(
        Optional.of(ErrorCode.OVER_QUOTA), JobAdmissionRule.refusal(true, 10_000_000, 20_000_000));
    assertEquals(402, ErrorCode.OVER_QUOTA.status());
  }

  @Test
  void anInactiveSubscriptionWinsOverQuota() {
    assertEquals(
        Optional.of(ErrorCode.INACTIVE_SUBSCRIPTION),
        JobAdmissionRule.refusal(false, 10_000_000, 20_000_000));
    assertEquals(403, ErrorCode.INACTIVE_SUBSCRIPTION.status());
  }

  @Test
  void onlineLayersNeedAPlanWithExternalDatabases() {
    assertEquals(
        Optional.of(ErrorCode.PERMISSION_DENIED_PLAN_INSUFFICIENT),
        JobAdmissionRule.refusal(true, 10_000_000, 0, true, false));
    assertEquals(403, ErrorCode.PERMISSION_DENIED_PLAN_INSUFFICIENT.status());
    assertEquals(Optional.empty(), JobAdmissionRule.refusal(true, 10_000_000, 0, true, true));
    assertEquals(Optional.empty(), JobAdmissionRule.refusal(true, 10_000_000, 0, false, false));
  }

  @Test
  void quotaIsCheckedBeforeThePlansFeatures() {
    assertEquals(
        Optional.of(ErrorCode.OVER_QUOTA),
        JobAdmissionRule.refusal(true, 10_000_000, 10_000_000, true, false));
  }
}

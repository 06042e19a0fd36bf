package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * Storage an account may use, from its current plan and active storage packages (model.md 1.5.4).
 * Replaces the configured quota of the files context: an upload is refused (402 over_quota) when
 * the file is bigger than {@code allowedBytes - usedBytes}.
 */
@Stateless
public class PlanStorageQuota {

  @EJB SubscriptionService subscriptions;

  public long allowedBytes(long ownerAccountId) {
    return subscriptions.activeStorageTotalBytes(subscriptions.current(ownerAccountId));
  }

  public long usedBytes(long ownerAccountId) {
    return subscriptions.usedStorageBytes(ownerAccountId);
  }

  public long freeBytes(long ownerAccountId) {
    return allowedBytes(ownerAccountId) - usedBytes(ownerAccountId);
  }
}

package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.fieldcloud.subscriptions.application.PlanStorageQuota;

/**
 * How many bytes of files an account may store: its plan's storage plus its active storage packages
 * (model.md 1.5.4).
 */
@ApplicationScoped
public class StorageQuota {

  @EJB PlanStorageQuota plans;

  /** The bytes the account {@code ownerId} may store over all versions of all its files. */
  public long allowedBytes(long ownerId) {
    return plans.allowedBytes(ownerId);
  }
}

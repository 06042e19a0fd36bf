package org.fieldcloud.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many bytes of files an account may store. One configured figure for every account until
 * subscription plans bring their own; replace this bean's body then, its one method stays.
 */
@ApplicationScoped
public class StorageQuota {

  @Inject
  @ConfigProperty(name = "fieldcloud.files.storage-quota-bytes", defaultValue = "10737418240")
  long quotaBytes;

  /** The bytes the account {@code ownerId} may store over all versions of all its files. */
  public long allowedBytes(long ownerId) {
    return quotaBytes;
  }
}

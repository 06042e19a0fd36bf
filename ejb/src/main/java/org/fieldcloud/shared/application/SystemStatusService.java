package org.fieldcloud.shared.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.shared.infrastructure.persistence.DatabaseHealth;

/**
 * Runs the health checks at most once a minute: the status endpoint is public and polled by load
 * balancers, so a burst of probes must not turn into a burst of database and S3 calls.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SystemStatusService {

  public static final Duration CACHE_TIME = Duration.ofSeconds(60);

  @EJB DatabaseHealth database;
  @EJB ObjectStorage storage;

  private final Clock clock = Clock.systemUTC();
  private volatile SystemStatus last;

  public SystemStatus current() {
    SystemStatus cached = last;
    Instant now = clock.instant();
    if (cached != null
        && cached.databaseOk()
        && cached.storageOk()
        && cached.checkedAt().plus(CACHE_TIME).isAfter(now)) {
      return cached;
    }
    // A failed check is never cached, so recovery shows at the next probe.
    SystemStatus fresh = new SystemStatus(database.isHealthy(), storage.isHealthy(), now);
    last = fresh;
    return fresh;
  }
}

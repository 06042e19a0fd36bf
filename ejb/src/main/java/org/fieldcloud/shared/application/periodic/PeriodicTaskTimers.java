package org.fieldcloud.shared.application.periodic;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;

/**
 * The periodic tasks of model.md 3 whose work belongs to other contexts: each timer runs {@link
 * PeriodicTasks} for its kind and the owning context observes it. Non-persistent timers on every
 * server (the tasks are idempotent and lock what they change); a missed run is caught up by the
 * next. Elsewhere: digest e-mails ({@code NotificationEmailTimer}, every minute), expired tokens
 * ({@code ExpiredTokensCleanup}, hourly), stale jobs (the job queue's recovery timer, every
 * minute).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeriodicTaskTimers {

  @EJB PeriodicTasks tasks;

  /** As the reference's {@code DeleteObsoleteProjectPackagesJob}: hourly. */
  @Schedule(minute = "41", hour = "*", persistent = false)
  public void obsoletePackages() {
    tasks.run(Kind.OBSOLETE_PACKAGES);
  }

  /** Versions beyond {@code storage_keep_versions}: hourly. */
  @Schedule(minute = "53", hour = "*", persistent = false)
  public void oldFileVersions() {
    tasks.run(Kind.OLD_FILE_VERSIONS);
  }

  /**
   * The reference's {@code ClearJobOutputsAfterRetentionPeriodJob}, defined there for 02:00 daily
   * but never registered: here it runs.
   */
  @Schedule(minute = "7", hour = "2", persistent = false)
  public void jobOutputs() {
    tasks.run(Kind.JOB_OUTPUTS);
  }
}

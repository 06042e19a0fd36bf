package org.fieldcloud.shared.application.periodic;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;

/**
 * The periodic tasks of model.md 3 whose work belongs to other contexts: each timer fires {@link
 * PeriodicTaskDue} of its kind and the owning context observes it. Non-persistent timers: a missed
 * run is caught up by the next. (Digest e-mails: {@code NotificationEmailTimer}; expired tokens:
 * {@code ExpiredTokensCleanup}.)
 */
@Singleton
public class PeriodicTaskTimers {

  @Inject Event<PeriodicTaskDue> due;

  /** As the reference's {@code SetTerminatedWorkersToFinalStatusJob}: every 3 minutes. */
  @Schedule(minute = "*/3", hour = "*", persistent = false)
  public void staleJobs() {
    fire(Kind.STALE_JOBS);
  }

  /** As the reference's {@code DeleteObsoleteProjectPackagesJob}: hourly. */
  @Schedule(minute = "41", hour = "*", persistent = false)
  public void obsoletePackages() {
    fire(Kind.OBSOLETE_PACKAGES);
  }

  /** Versions beyond {@code storage_keep_versions}: hourly. */
  @Schedule(minute = "53", hour = "*", persistent = false)
  public void oldFileVersions() {
    fire(Kind.OLD_FILE_VERSIONS);
  }

  private void fire(Kind kind) {
    due.fire(new PeriodicTaskDue(kind, OffsetDateTime.now(ZoneOffset.UTC)));
  }
}

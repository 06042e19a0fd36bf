package org.fieldcloud.shared.application.periodic;

import java.time.OffsetDateTime;

/**
 * Fired by the periodic timers of this package; the context that owns the work observes its kind
 * (jobs: stale jobs; files: old file versions; packages: obsolete packages). An observer runs in
 * the timer's transaction and may start its own.
 */
public record PeriodicTaskDue(Kind kind, OffsetDateTime at) {

  public enum Kind {
    /** Every 3 minutes: queued/started jobs older than the worker timeout become failed. */
    STALE_JOBS,
    /** Hourly: package files that are no longer the latest package of any user are deleted. */
    OBSOLETE_PACKAGES,
    /** Hourly: file versions beyond the plan's or project's {@code storage_keep_versions}. */
    OLD_FILE_VERSIONS
  }
}

package org.fieldcloud.shared.application.periodic;

import java.time.OffsetDateTime;

/**
 * Fired by {@link PeriodicTaskTimers} (or, on test servers, {@link PeriodicTasks#runNow}); the
 * context that owns the work observes its kind. Observers start their own transactions.
 *
 * <p>Stale jobs are not here: the job queue's own recovery timer ({@code JobPoller}, every {@code
 * fieldcloud.jobs.recovery-interval-seconds}) is that task, as it must run under the queue's lock.
 */
public record PeriodicTaskDue(Kind kind, OffsetDateTime at) {

  public enum Kind {
    /** Hourly: package files that are no longer the latest package of any user are deleted. */
    OBSOLETE_PACKAGES("obsolete-packages"),
    /** Hourly: file versions beyond the plan's or project's {@code storage_keep_versions}. */
    OLD_FILE_VERSIONS("old-file-versions"),
    /** Daily: the output of jobs ended longer ago than the retention period is removed. */
    JOB_OUTPUTS("job-outputs");

    private final String slug;

    Kind(String slug) {
      this.slug = slug;
    }

    /** The name in URLs and logs, e.g. {@code obsolete-packages}. */
    public String slug() {
      return slug;
    }

    public static java.util.Optional<Kind> ofSlug(String slug) {
      return java.util.Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
  }
}

package org.fieldcloud.jobs.infrastructure.runner;

import java.time.Duration;

/**
 * What happened when a worker ran.
 *
 * @param outcome how it ended
 * @param exitCode the worker's exit code, or {@code null} when it never ran or was removed from
 *     outside before it could be read
 * @param output stdout and stderr combined in the order written, cut to the configured size (the
 *     job's {@code output})
 * @param feedback the text of {@code feedback.json} the worker left in its folder, or {@code null}
 * @param message one sentence for people: what happened and, for failures, what to do
 * @param duration from start to end of the worker, clean-up included
 */
public record WorkerRun(
    WorkerOutcome outcome,
    Integer exitCode,
    String output,
    String feedback,
    String message,
    Duration duration) {

  public boolean succeeded() {
    return outcome == WorkerOutcome.SUCCEEDED;
  }

  static WorkerRun couldNotStart(String message, Duration duration) {
    return new WorkerRun(WorkerOutcome.COULD_NOT_START, null, "", null, message, duration);
  }
}

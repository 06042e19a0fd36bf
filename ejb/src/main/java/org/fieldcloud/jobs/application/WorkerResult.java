package org.fieldcloud.jobs.application;

/**
 * How a worker run ended, as the queue consumer reports it to {@link JobRuns#complete}.
 *
 * @param ending how it ended
 * @param exitCode the worker's exit code, or null when it never ran
 * @param output its stdout and stderr (already bounded by the runner)
 * @param feedback the text of its {@code feedback.json}, or null
 * @param message one sentence for people about how it ended
 */
public record WorkerResult(
    Ending ending, Integer exitCode, String output, String feedback, String message) {

  /** The runner's outcomes (the batch module's {@code WorkerOutcome}, by name). */
  public enum Ending {
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    OUT_OF_MEMORY,
    COULD_NOT_START
  }
}

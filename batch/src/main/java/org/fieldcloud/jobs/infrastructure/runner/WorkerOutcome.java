package org.fieldcloud.jobs.infrastructure.runner;

/** How a worker run ended, from the runner's point of view. */
public enum WorkerOutcome {
  /** Exit code 0. Whether the job succeeded is also up to {@code feedback.json}. */
  SUCCEEDED,
  /** The worker exited with a non-zero code. */
  FAILED,
  /** The worker ran longer than its timeout and was killed. */
  TIMED_OUT,
  /** The worker went over its memory limit and was killed (or its JVM gave up). */
  OUT_OF_MEMORY,
  /** The worker never ran: image or jar missing, engine unreachable, bad folder. */
  COULD_NOT_START
}

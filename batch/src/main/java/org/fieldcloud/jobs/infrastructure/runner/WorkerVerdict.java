package org.fieldcloud.jobs.infrastructure.runner;

import java.time.Duration;

/**
 * Turns how a worker ended into an outcome and a sentence, the same way for every runner.
 *
 * @param exitCode the exit code (137 after a kill)
 * @param timedOut the runner killed it at its timeout
 * @param interrupted the runner killed it because the thread waiting for it was interrupted (the
 *     job was cancelled or the server is stopping)
 * @param killedForMemory the kernel OOM killer ended it (the engine's {@code OOMKilled})
 * @param output what it printed; a JVM out of heap says {@code java.lang.OutOfMemoryError}
 */
record WorkerVerdict(
    int exitCode, boolean timedOut, boolean interrupted, boolean killedForMemory, String output) {

  static final String JAVA_OUT_OF_MEMORY = "java.lang.OutOfMemoryError";

  WorkerOutcome outcome() {
    if (timedOut) {
      return WorkerOutcome.TIMED_OUT;
    }
    if (exitCode == 0) {
      return WorkerOutcome.SUCCEEDED;
    }
    if (interrupted) {
      return WorkerOutcome.FAILED;
    }
    if (killedForMemory || output.contains(JAVA_OUT_OF_MEMORY)) {
      return WorkerOutcome.OUT_OF_MEMORY;
    }
    return WorkerOutcome.FAILED;
  }

  String message(Duration timeout, WorkerLimits limits) {
    return switch (outcome()) {
      case SUCCEEDED -> "The worker finished (exit code 0).";
      case TIMED_OUT ->
          "The worker did not finish within "
              + timeout.toSeconds()
              + " s and was stopped (timeout).";
      case OUT_OF_MEMORY ->
          "The worker ran out of memory (limit "
              + limits.memoryMegabytes()
              + " MiB) and was stopped (exit code "
              + exitCode
              + ").";
      case FAILED ->
          interrupted
              ? "The worker was stopped because the server interrupted its job (exit code "
                  + exitCode
                  + ")."
              : exitCode == 137
                  ? "The worker was killed from outside (exit code 137, SIGKILL)."
                  : "The worker failed (exit code " + exitCode + ").";
      case COULD_NOT_START -> throw new IllegalStateException("a worker that ran has an exit code");
    };
  }

  WorkerRun toRun(Duration timeout, WorkerLimits limits, String feedback, Duration duration) {
    return new WorkerRun(outcome(), exitCode, output, feedback, message(timeout, limits), duration);
  }
}

package org.fieldcloud.jobs.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What to run for a job that was just started: the worker command (jobs.md 5.3) and its environment
 * (5.5).
 *
 * @param testInstructions the project's description when test overrides are enabled (read by the
 *     batch module's {@code TestWorkerOverrides}), else null
 */
public record JobPlan(
    UUID jobId, List<String> command, Map<String, String> environment, String testInstructions) {

  /** Names of the environment only: it holds the worker token and the project's secrets. */
  @Override
  public String toString() {
    return "JobPlan["
        + jobId
        + " "
        + command
        + " environment "
        + new java.util.TreeSet<>(environment.keySet())
        + "]";
  }
}

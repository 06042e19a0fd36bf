package org.fieldcloud.jobs.infrastructure.runner;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of {@link ProcessWorkerRunner}.
 *
 * @param java the {@code java} executable for the worker
 * @param workerJar {@code worker.jar}; empty when not configured (every run then fails to start,
 *     with a message that says which key to set)
 * @param nodeId this application node, marked on every worker's command line
 * @param outputLimitBytes how much of the worker's output is kept
 */
public record ProcessRunnerSettings(
    Path java, Optional<Path> workerJar, String nodeId, int outputLimitBytes) {

  public ProcessRunnerSettings {
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(workerJar, "workerJar");
    Objects.requireNonNull(nodeId, "nodeId");
  }

  /** The JVM this application runs on. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}

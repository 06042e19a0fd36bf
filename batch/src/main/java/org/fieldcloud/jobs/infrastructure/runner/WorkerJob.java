package org.fieldcloud.jobs.infrastructure.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run for one job.
 *
 * @param jobId the job's id; labels the container or process so orphans can be found
 * @param command the worker command and its arguments, e.g. {@code [process_projectfile, <project
 *     id>, project.qgs]}: passed as an argument list, never through a shell
 * @param environment variables for the worker (API URL, token, job parameters, secrets)
 * @param ioDir the job's own folder on this host, seen by the worker as {@code $FIELDCLOUD_IO_DIR};
 *     {@code feedback.json} is read back from it
 * @param timeout how long the worker may run before it is killed
 * @param limits memory and CPU limits
 */
public record WorkerJob(
    String jobId,
    List<String> command,
    Map<String, String> environment,
    Path ioDir,
    Duration timeout,
    WorkerLimits limits) {

  public WorkerJob {
    Objects.requireNonNull(jobId, "jobId");
    if (!jobId.matches("[A-Za-z0-9_.-]{1,128}")) {
      // It becomes a label value and a JVM argument: keep it to characters that need no quoting.
      throw new IllegalArgumentException("job id must be 1-128 of [A-Za-z0-9_.-]: " + jobId);
    }
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    ioDir = ioDir.toAbsolutePath().normalize();
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    Objects.requireNonNull(limits, "limits");
  }

  /** Names of the environment only: it holds the worker token and the project's secrets. */
  @Override
  public String toString() {
    return "WorkerJob["
        + jobId
        + " "
        + command
        + " environment "
        + new java.util.TreeSet<>(environment.keySet())
        + " io "
        + ioDir
        + " timeout "
        + timeout
        + " "
        + limits
        + "]";
  }
}

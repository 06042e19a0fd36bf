package org.fieldcloud.jobs.application;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;

/**
 * What one job type does around the worker run (jobs.md 5.2): the context that owns the type
 * (packages, deltas, projects) implements this as a CDI bean, and the queue consumer calls the bean
 * whose {@link #type()} matches. Each method is called inside a transaction in which {@code job} is
 * managed, so changes to it and to other entities commit with the job's status.
 */
public interface JobHooks {

  JobType type();

  /**
   * Prepares the run: writes what the worker reads into {@code ioDir} (mounted as /io) and returns
   * extra environment variables for the worker.
   */
  default Map<String, String> beforeRun(Job job, Path ioDir) {
    return Map.of();
  }

  /** The worker exited 0 and its feedback holds no error. */
  default void afterSuccess(Job job, JsonObject feedback) {}

  /**
   * The run failed: non-zero exit, error in the feedback, timeout, out of memory, or the node died
   * (recovery). {@code feedback} is null when there is none.
   */
  default void afterFailure(Job job, JsonObject feedback) {}
}

package org.fieldcloud.jobs.infrastructure.runner;

import java.util.List;
import java.util.Set;

/**
 * Runs one worker command for one job and says what happened. Implementations: {@link
 * DockerWorkerRunner} (a container per job, production) and {@link ProcessWorkerRunner} (a local
 * {@code java -jar worker.jar} process, the embedded default). Both keep the same contract, which
 * {@code WorkerRunnerContractTest} checks for each.
 *
 * <p>The worker sees the job's folder as {@code $FIELDCLOUD_IO_DIR} ({@code /io} in a container)
 * and answers through its exit code, its output and {@code feedback.json} in that folder.
 */
public interface WorkerRunner extends AutoCloseable {

  /**
   * Runs the job's worker to its end, its timeout or its memory limit, and always cleans up what it
   * started (container or process tree). Never throws for a failing worker: every failure,
   * including one to start, is a {@link WorkerRun} with an outcome and a message.
   */
  default WorkerRun run(WorkerJob job) {
    return run(job, JobTimeline.startingNow());
  }

  /** {@link #run(WorkerJob)}, marking on {@code timeline} when each of its phases ends. */
  WorkerRun run(WorkerJob job, JobTimeline timeline);

  /** The workers this runner's engine still holds, of every node, running or not yet removed. */
  List<RunningWorker> listRunning();

  /**
   * Stops and removes the workers of {@code nodeId} whose job is not in {@code activeJobIds}: what
   * a crash of the application left behind. Returns the workers removed.
   */
  List<RunningWorker> removeOrphans(String nodeId, Set<String> activeJobIds);

  @Override
  default void close() {}
}

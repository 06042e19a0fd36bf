package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.fieldcloud.jobs.application.JobPlan;
import org.fieldcloud.jobs.application.JobRuns;
import org.fieldcloud.jobs.application.WorkerResult;
import org.fieldcloud.jobs.infrastructure.runner.DockerWorkerRunner;
import org.fieldcloud.jobs.infrastructure.runner.JobTimeline;
import org.fieldcloud.jobs.infrastructure.runner.WorkerJob;
import org.fieldcloud.jobs.infrastructure.runner.WorkerRun;
import org.fieldcloud.jobs.infrastructure.runner.WorkerRunner;
import org.fieldcloud.jobs.infrastructure.runner.WorkerSettings;

/**
 * Runs one claimed job to its end (jobs.md 5.1): start it in the database, run its worker outside
 * any transaction (the runner applies the timeout and the limits, and always cleans up), record the
 * result. Whatever goes wrong, the job ends failed with {@code finished_at}, and its folder is
 * removed.
 */
@ApplicationScoped
public class JobConsumer {

  private static final Logger LOG = Logger.getLogger(JobConsumer.class.getName());

  @EJB JobRuns runs;
  @Inject WorkerRunner runner;
  @Inject WorkerSettings workers;
  @Inject JobQueueSettings settings;
  @Inject RunningJobs running;

  /**
   * Test servers only: the runners of the images that test overrides ask for, kept like the
   * production runner (one Docker client each), so a job with an override costs what a real job
   * costs.
   */
  private final Map<String, WorkerRunner> overrideRunners = new ConcurrentHashMap<>();

  public void consume(UUID jobId) {
    JobTimeline timeline = running.timeline(jobId);
    timeline.mark("consumer");
    Path ioDir = settings.ioRoot().resolve(jobId.toString());
    try {
      Files.createDirectories(ioDir);
      Optional<JobPlan> plan =
          runs.start(
              jobId, settings.apiUrl(), workers.timeout(), ioDir, settings.testOverridesEnabled());
      timeline.mark("job start");
      if (plan.isPresent()) {
        WorkerRun run = run(plan.get(), ioDir, timeline);
        record(jobId, run);
        timeline.mark("record");
      }
    } catch (IOException | RuntimeException e) {
      fail(jobId, "The job could not run: " + e.getMessage(), e);
    } finally {
      deleteFolder(ioDir);
      running.remove(jobId);
      LOG.fine(() -> "job " + jobId + " timeline: " + timeline);
    }
  }

  private WorkerRun run(JobPlan plan, Path ioDir, JobTimeline timeline) {
    TestWorkerOverrides overrides =
        settings.testOverridesEnabled()
            ? TestWorkerOverrides.parse(plan.testInstructions())
            : TestWorkerOverrides.NONE;
    WorkerJob job =
        new WorkerJob(
            plan.jobId().toString(),
            overrides.command(plan.command()),
            plan.environment(),
            ioDir,
            overrides.timeout(workers.timeout()),
            overrides.limits(workers.limits()));
    if (overrides.image().isPresent() && "docker".equals(workers.runner())) {
      return overrideRunners
          .computeIfAbsent(
              overrides.image().get(), image -> new DockerWorkerRunner(workers.docker(image)))
          .run(job, timeline);
    }
    return runner.run(job, timeline);
  }

  @PreDestroy
  void closeOverrideRunners() {
    overrideRunners.values().forEach(WorkerRunner::close);
  }

  private void record(UUID jobId, WorkerRun run) {
    WorkerResult result =
        new WorkerResult(
            WorkerResult.Ending.valueOf(run.outcome().name()),
            run.exitCode(),
            run.output(),
            run.feedback(),
            run.message());
    try {
      runs.complete(jobId, result);
    } catch (RuntimeException e) {
      fail(jobId, "The job's results could not be recorded: " + e.getMessage(), e);
    }
  }

  /** Fails the job with its failure hook, or without it when the hook is what breaks. */
  private void fail(UUID jobId, String message, Throwable cause) {
    LOG.log(Level.WARNING, "job " + jobId + ": " + message, cause);
    try {
      runs.fail(jobId, message, cause, true);
    } catch (RuntimeException withHooks) {
      try {
        runs.fail(jobId, message, cause, false);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "job " + jobId + " could not be failed; recovery will", e);
      }
    }
  }

  private static void deleteFolder(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(JobConsumer::delete);
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "could not remove the job folder " + dir, e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

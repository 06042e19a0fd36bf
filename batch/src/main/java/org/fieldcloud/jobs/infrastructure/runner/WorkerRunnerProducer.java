package org.fieldcloud.jobs.infrastructure.runner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Makes the one {@link WorkerRunner} of this node, as {@code fieldcloud.worker.runner} says. */
@ApplicationScoped
public class WorkerRunnerProducer {

  @Inject WorkerSettings settings;

  @Produces
  @ApplicationScoped
  WorkerRunner workerRunner() {
    return switch (settings.runner()) {
      case "docker" -> new DockerWorkerRunner(settings.docker());
      case "process" -> new ProcessWorkerRunner(settings.process());
      default ->
          throw new IllegalStateException(
              "fieldcloud.worker.runner must be process or docker, not " + settings.runner());
    };
  }

  void close(@Disposes WorkerRunner runner) {
    runner.close();
  }
}

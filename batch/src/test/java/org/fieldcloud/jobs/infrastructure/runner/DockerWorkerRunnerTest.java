package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DockerWorkerRunner} against the machine's Docker engine and the real worker image ({@code
 * fieldcloud-worker:latest}, built by docker/worker/build.sh, which ./fieldcloud test runs first).
 * The tests run an image built on it in which {@link TestWorker} stands in for worker.jar.
 */
class DockerWorkerRunnerTest extends WorkerRunnerContractTest {

  static final String NODE = "test-node-" + UUID.randomUUID().toString().substring(0, 8);
  static final int OUTPUT_LIMIT = 64 * 1024;

  static DockerWorkerRunner runner;
  static DockerWorkerRunner missingImage;

  @BeforeAll
  static void buildTestImage() throws Exception {
    String image = DockerTestImage.build();
    runner = new DockerWorkerRunner(settings(image, Optional.empty()));
    missingImage =
        new DockerWorkerRunner(settings("fieldcloud-worker-missing:" + NODE, Optional.empty()));
  }

  @AfterAll
  static void close() {
    runner.close();
    missingImage.close();
  }

  static DockerRunnerSettings settings(String image, Optional<String> user) {
    return new DockerRunnerSettings("unix:///var/run/docker.sock", image, NODE, user, OUTPUT_LIMIT);
  }

  @Override
  WorkerRunner runner() {
    return runner;
  }

  @Override
  String nodeId() {
    return NODE;
  }

  @Override
  WorkerRunner runnerThatCannotStart() {
    return missingImage;
  }

  @Override
  String cannotStartMessage() {
    return "The worker image fieldcloud-worker-missing:"
        + NODE
        + " is not on the Docker engine: build it with docker/worker/build.sh.";
  }

  @Override
  int outputLimitBytes() {
    return OUTPUT_LIMIT;
  }

  @Override
  boolean workerLeftFor(String jobId) throws Exception {
    // Asked of the docker CLI, not of the code under test.
    return !DockerCli.run("ps", "-a", "-q", "--filter", "label=fieldcloud.job=" + jobId).isBlank();
  }

  @Test
  void unreachableEngineIsReportedClearly() throws Exception {
    try (DockerWorkerRunner nowhere =
        new DockerWorkerRunner(
            new DockerRunnerSettings(
                "unix:///nonexistent/docker.sock",
                DockerTestImage.TAG,
                NODE,
                Optional.empty(),
                OUTPUT_LIMIT))) {
      WorkerRun run = nowhere.run(job(TIMEOUT, LIMITS, "succeed"));

      assertEquals(WorkerOutcome.COULD_NOT_START, run.outcome(), run::toString);
      assertTrue(
          run.message()
              .startsWith(
                  "Could not create the worker container on the Docker engine at"
                      + " unix:///nonexistent/docker.sock: "),
          run::message);
    }
  }

  @Test
  void filesTheWorkerWritesBelongToTheConfiguredUser() throws Exception {
    Files.setPosixFilePermissions(io, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (DockerWorkerRunner asUser =
        new DockerWorkerRunner(settings(DockerTestImage.TAG, Optional.of("4321:4321")))) {
      WorkerRun run = asUser.run(job(TIMEOUT, LIMITS, "succeed"));

      assertEquals(WorkerOutcome.SUCCEEDED, run.outcome(), run::toString);
      Path feedback = io.resolve("feedback.json");
      assertEquals(4321, Files.getAttribute(feedback, "unix:uid"));
      assertEquals(4321, Files.getAttribute(feedback, "unix:gid"));
    }
  }

  @Test
  void containerCarriesTheLimitsAndLabelsOfItsJob() throws Exception {
    WorkerJob job = job(TIMEOUT, WorkerLimits.ofMegabytes(300, 0.5), "sleep", "30");
    var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> runner.run(job));
    try {
      String id = "";
      for (int i = 0; i < 100 && id.isBlank(); i++) {
        id = DockerCli.run("ps", "-q", "--filter", "label=fieldcloud.job=" + job.jobId()).strip();
        Thread.sleep(100);
      }
      String inspected =
          DockerCli.run(
              "inspect",
              "-f",
              "{{.HostConfig.NetworkMode}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}"
                  + " {{.HostConfig.NanoCpus}} {{index .Config.Labels \"fieldcloud.role\"}}"
                  + " {{index .Config.Labels \"fieldcloud.node\"}}",
              id);
      assertEquals(
          "host " + (300L << 20) + " " + (300L << 20) + " 500000000 worker " + NODE,
          inspected.strip());
    } finally {
      runner.removeOrphans(NODE, java.util.Set.of());
      running.get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
  }
}

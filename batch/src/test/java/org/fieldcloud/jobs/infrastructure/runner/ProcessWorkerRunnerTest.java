package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ProcessWorkerRunner} with {@link TestWorker} as the worker jar, on this JVM's java. */
class ProcessWorkerRunnerTest extends WorkerRunnerContractTest {

  static final String NODE = "test-node-" + UUID.randomUUID().toString().substring(0, 8);
  static final int OUTPUT_LIMIT = 64 * 1024;

  static Path jar;
  static ProcessWorkerRunner runner;

  @BeforeAll
  static void packTestWorker() throws Exception {
    jar = TestWorkerJar.write(Files.createTempDirectory("fieldcloud-test-worker").resolve("w.jar"));
    runner =
        new ProcessWorkerRunner(
            new ProcessRunnerSettings(
                ProcessRunnerSettings.currentJava(), Optional.of(jar), NODE, OUTPUT_LIMIT));
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
    return new ProcessWorkerRunner(
        new ProcessRunnerSettings(
            ProcessRunnerSettings.currentJava(),
            Optional.of(Path.of("/nonexistent/worker.jar")),
            NODE,
            OUTPUT_LIMIT));
  }

  @Override
  String cannotStartMessage() {
    return "The worker jar /nonexistent/worker.jar does not exist";
  }

  @Override
  int outputLimitBytes() {
    return OUTPUT_LIMIT;
  }

  @Override
  boolean workerLeftFor(String jobId) {
    return ProcessHandle.allProcesses()
        .anyMatch(
            p ->
                p.info()
                    .arguments()
                    .map(args -> List.of(args).contains("-Dfieldcloud.job=" + jobId))
                    .orElse(false));
  }

  @Test
  void timeoutKillsTheProgramsTheWorkerStarted() throws Exception {
    WorkerRun run = runner.run(job(Duration.ofSeconds(3), LIMITS, "spawn", "300"));

    assertEquals(WorkerOutcome.TIMED_OUT, run.outcome(), run::toString);
    Matcher pid = Pattern.compile("child pid (\\d+)").matcher(run.output());
    assertTrue(pid.find(), run.output());
    long child = Long.parseLong(pid.group(1));
    for (int i = 0;
        i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false);
        i++) {
      Thread.sleep(100);
    }
    assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
  }

  @Test
  void theWorkerGetsNoneOfTheServersEnvironment() throws Exception {
    Set<String> allowed =
        Set.of(
            "PATH",
            "HOME",
            "LANG",
            "LC_ALL",
            "TZ",
            "JOB_ID",
            "QT_QPA_PLATFORM",
            "FIELDCLOUD_IO_DIR",
            "GIVEN");
    WorkerRun run = runner.run(job(java.util.Map.of("GIVEN", "yes"), TIMEOUT, LIMITS, "env"));

    assertEquals(WorkerOutcome.SUCCEEDED, run.outcome(), run::toString);
    List<String> names = run.output().lines().toList();
    assertTrue(names.contains("GIVEN"), names::toString);
    assertTrue(allowed.containsAll(names), names::toString);
  }

  @Test
  void missingWorkerJarConfigurationSaysWhichKeyToSet() throws Exception {
    WorkerRun run =
        new ProcessWorkerRunner(
                new ProcessRunnerSettings(
                    ProcessRunnerSettings.currentJava(), Optional.empty(), NODE, OUTPUT_LIMIT))
            .run(job(TIMEOUT, LIMITS, "succeed"));

    assertEquals(WorkerOutcome.COULD_NOT_START, run.outcome());
    assertTrue(
        run.message().contains("fieldcloud.worker.jar (FIELDCLOUD_WORKER_JAR)"), run::message);
  }
}

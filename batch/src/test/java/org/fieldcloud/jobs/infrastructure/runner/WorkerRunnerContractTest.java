package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link WorkerRunner} must do, checked against the real thing (a Docker engine, a local
 * JVM) with {@link TestWorker} as the worker. Each subclass supplies a runner and says how to see
 * whether a job's worker is still there.
 */
abstract class WorkerRunnerContractTest {

  static final WorkerLimits LIMITS = WorkerLimits.ofMegabytes(256, 1);
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path io;

  private final List<String> jobIds = new ArrayList<>();

  /** The runner under test, running {@link TestWorker}. Shared by the tests of a class. */
  abstract WorkerRunner runner();

  /** The node id the runner marks its workers with. */
  abstract String nodeId();

  /** A runner whose worker cannot start (image or jar missing), and the message it must give. */
  abstract WorkerRunner runnerThatCannotStart();

  abstract String cannotStartMessage();

  /** Whether anything of this job's worker (container, process) is still on the machine. */
  abstract boolean workerLeftFor(String jobId) throws Exception;

  /** Prepares the job folder for the worker's user. */
  void prepareIoDir(Path dir) throws Exception {}

  WorkerJob job(Duration timeout, WorkerLimits limits, String... command) throws Exception {
    return job(Map.of(), timeout, limits, command);
  }

  WorkerJob job(Map<String, String> env, Duration timeout, WorkerLimits limits, String... command)
      throws Exception {
    String jobId = UUID.randomUUID().toString();
    jobIds.add(jobId);
    prepareIoDir(io);
    var environment = new java.util.HashMap<>(env);
    environment.put("JOB_ID", jobId);
    return new WorkerJob(jobId, List.of(command), environment, io, timeout, limits);
  }

  @AfterEach
  void nothingIsLeftBehind() throws Exception {
    for (String jobId : jobIds) {
      assertTrue(!workerLeftFor(jobId), "the worker of job " + jobId + " is still there");
    }
  }

  @Test
  void successReturnsOutputAndFeedback() throws Exception {
    WorkerJob job = job(TIMEOUT, LIMITS, "succeed");

    WorkerRun run = runner().run(job);

    assertEquals(WorkerOutcome.SUCCEEDED, run.outcome(), run::toString);
    assertEquals(0, run.exitCode());
    assertTrue(run.output().contains("worker says hello on stdout"), run.output());
    assertTrue(run.output().contains("worker says hello on stderr"), run.output());
    assertTrue(run.feedback().contains("\"job_id\": \"" + job.jobId() + "\""), run.feedback());
    assertTrue(run.feedback().contains("\"qt_qpa_platform\": \"offscreen\""), run.feedback());
    assertEquals("The worker finished (exit code 0).", run.message());
  }

  @Test
  void nonZeroExitIsAFailure() throws Exception {
    WorkerRun run = runner().run(job(TIMEOUT, LIMITS, "exit", "3"));

    assertEquals(WorkerOutcome.FAILED, run.outcome(), run::toString);
    assertEquals(3, run.exitCode());
    assertTrue(run.output().contains("giving up with exit code 3"), run.output());
    assertNull(run.feedback());
    assertEquals("The worker failed (exit code 3).", run.message());
  }

  @Test
  void workerThatRunsTooLongIsKilledAtItsTimeout() throws Exception {
    WorkerRun run = runner().run(job(Duration.ofSeconds(3), LIMITS, "sleep", "120"));

    assertEquals(WorkerOutcome.TIMED_OUT, run.outcome(), run::toString);
    assertTrue(run.duration().compareTo(Duration.ofSeconds(30)) < 0, run::toString);
    assertTrue(run.output().contains("sleeping 120 s"), run.output());
    assertTrue(run.output().contains("did not finish within 3 s and was killed"), run.output());
    assertEquals("The worker did not finish within 3 s and was stopped (timeout).", run.message());
  }

  @Test
  void workerOverItsMemoryLimitIsReportedOutOfMemory() throws Exception {
    // The worker's JVM is told it may use 1 GiB; the runner's 128 MiB limit must stop it.
    WorkerLimits small = WorkerLimits.ofMegabytes(128, 1);
    WorkerRun run =
        runner().run(job(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), TIMEOUT, small, "allocate"));

    assertEquals(WorkerOutcome.OUT_OF_MEMORY, run.outcome(), run::toString);
    assertTrue(
        run.message().startsWith("The worker ran out of memory (limit 128 MiB)"), run::message);
    assertTrue(!run.output().contains("without being stopped"), run.output());
  }

  @Test
  void outputIsKeptToItsLimitWithTheEnd() throws Exception {
    WorkerRun run = runner().run(job(TIMEOUT, LIMITS, "print", "200000"));

    assertEquals(WorkerOutcome.SUCCEEDED, run.outcome(), run::toString);
    assertTrue(run.output().length() < outputLimitBytes() + 200, "length " + run.output().length());
    assertTrue(run.output().startsWith("line 0 of the chatty worker"), run.output());
    assertTrue(run.output().contains("bytes of output left out"), run.output());
    assertTrue(run.output().endsWith("the last line\n"), run.output());
  }

  abstract int outputLimitBytes();

  @Test
  void workerReachesTheServerOnLoopback() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "hello from the host".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      WorkerRun run = runner().run(job(TIMEOUT, LIMITS, "get", url));

      assertEquals(WorkerOutcome.SUCCEEDED, run.outcome(), run::toString);
      assertTrue(run.output().contains("HTTP 200: hello from the host"), run.output());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void workerThatCannotStartIsReportedClearly() throws Exception {
    WorkerRun run = runnerThatCannotStart().run(job(TIMEOUT, LIMITS, "succeed"));

    assertEquals(WorkerOutcome.COULD_NOT_START, run.outcome(), run::toString);
    assertNull(run.exitCode());
    assertTrue(run.message().contains(cannotStartMessage()), run.message());
  }

  @Test
  void orphanOfAGoneJobIsFoundAndRemoved() throws Exception {
    WorkerJob job = job(TIMEOUT, LIMITS, "sleep", "120");
    CompletableFuture<WorkerRun> running = CompletableFuture.supplyAsync(() -> runner().run(job));
    RunningWorker found = awaitListed(job.jobId());
    assertEquals(nodeId(), found.nodeId());

    // Another node's view and a job that is still active are left alone.
    assertTrue(runner().removeOrphans("some-other-node", Set.of()).isEmpty());
    assertTrue(
        runner().removeOrphans(nodeId(), Set.of(job.jobId())).stream()
            .noneMatch(w -> w.jobId().equals(job.jobId())));

    List<RunningWorker> removed = runner().removeOrphans(nodeId(), Set.of());

    assertTrue(removed.stream().anyMatch(w -> w.jobId().equals(job.jobId())), removed::toString);
    WorkerRun run = running.get(60, TimeUnit.SECONDS);
    assertTrue(
        run.outcome() == WorkerOutcome.FAILED || run.outcome() == WorkerOutcome.COULD_NOT_START,
        run::toString);
  }

  @Test
  void interruptedRunStopsTheWorkerAndSaysSo() throws Exception {
    WorkerJob job = job(TIMEOUT, LIMITS, "sleep", "120");
    var result = new java.util.concurrent.atomic.AtomicReference<WorkerRun>();
    var stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
    Thread waiting =
        new Thread(
            () -> {
              result.set(runner().run(job));
              stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
    waiting.start();
    awaitListed(job.jobId());

    waiting.interrupt();
    waiting.join(60_000);

    WorkerRun run = result.get();
    assertEquals(WorkerOutcome.FAILED, run.outcome(), String.valueOf(run));
    assertTrue(
        run.message().startsWith("The worker was stopped because the server interrupted its job"),
        run::message);
    assertTrue(stillInterrupted.get(), "the caller's thread keeps its interrupt");
  }

  private RunningWorker awaitListed(String jobId) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      for (RunningWorker worker : runner().listRunning()) {
        if (worker.jobId().equals(jobId) && "running".equals(worker.state())) {
          return worker;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the worker of job " + jobId + " never showed up as running");
  }
}

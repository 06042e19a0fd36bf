package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs each job's worker as a local {@code java -jar worker.jar <command>} process: the embedded
 * default, for machines without Docker. Same contract as the container: the job's folder is {@code
 * $FIELDCLOUD_IO_DIR}, the output is captured and bounded, a timeout kills the whole process tree.
 *
 * <p>Limits: memory is the child JVM's maximum heap ({@code -Xmx}; an exhausted heap ends the JVM,
 * {@code -XX:+ExitOnOutOfMemoryError}); CPUs are only a hint to the JVM. Programs the worker starts
 * (QGIS, GDAL) are not limited. The worker gets a clean environment, never the server's own
 * (database password, S3 keys).
 */
public final class ProcessWorkerRunner implements WorkerRunner {

  /** Passed from the server's environment to the worker's; nothing else is. */
  private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ");

  private static final Duration AFTER_KILL = Duration.ofSeconds(30);
  private static final String MARK = "-D" + WorkerLabels.ROLE + "=" + WorkerLabels.ROLE_WORKER;

  private final ProcessRunnerSettings settings;

  public ProcessWorkerRunner(ProcessRunnerSettings settings) {
    this.settings = settings;
  }

  @Override
  public WorkerRun run(WorkerJob job, JobTimeline timeline) {
    long started = System.nanoTime();
    Optional<String> problem = cannotStartBecause(job);
    if (problem.isPresent()) {
      return WorkerRun.couldNotStart(problem.get(), since(started));
    }
    ProcessBuilder builder =
        new ProcessBuilder(commandLine(job))
            .directory(job.ioDir().toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.clear();
    for (String name : INHERITED) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    env.putIfAbsent("LANG", "C.UTF-8");
    env.put("QT_QPA_PLATFORM", "offscreen");
    env.putAll(job.environment());
    env.put(WorkerLabels.IO_DIR_VARIABLE, job.ioDir().toString());

    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return WorkerRun.couldNotStart(
          "Could not start the worker process " + settings.java() + ": " + e.getMessage(),
          since(started));
    }
    timeline.mark("process start");
    BoundedOutput output = new BoundedOutput(settings.outputLimitBytes());
    Thread reader = startReader(process.getInputStream(), output, job.jobId());
    boolean timedOut = false;
    boolean interrupted = false;
    try {
      timedOut = !process.waitFor(job.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      interrupted = true; // cleaned up first, then the caller learns of it (below)
    } finally {
      // Whatever happened, nothing the worker started outlives it.
      destroyTree(process.toHandle());
    }
    int exitCode = awaitExitCode(process);
    timeline.mark("worker");
    try {
      reader.join(AFTER_KILL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timeline.mark("output");
    if (timedOut) {
      output.append(
          "\n[FieldCloud] The worker did not finish within "
              + job.timeout().toSeconds()
              + " s and was killed.\n");
    }
    String feedback = FeedbackFile.read(job.ioDir(), output);
    timeline.mark("feedback");
    WorkerVerdict verdict =
        new WorkerVerdict(exitCode, timedOut, interrupted, false, output.text());
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return verdict.toRun(job.timeout(), job.limits(), feedback, since(started));
  }

  private Optional<String> cannotStartBecause(WorkerJob job) {
    if (settings.workerJar().isEmpty()) {
      return Optional.of(
          "No worker jar is configured: set fieldcloud.worker.jar (FIELDCLOUD_WORKER_JAR).");
    }
    Path jar = settings.workerJar().get();
    if (!Files.isRegularFile(jar)) {
      return Optional.of(
          "The worker jar "
              + jar
              + " does not exist: build it (mvn -pl worker install) or fix"
              + " fieldcloud.worker.jar.");
    }
    if (!Files.isExecutable(settings.java())) {
      return Optional.of("The Java executable " + settings.java() + " is missing.");
    }
    if (!Files.isDirectory(job.ioDir())) {
      return Optional.of("The job folder " + job.ioDir() + " does not exist.");
    }
    return Optional.empty();
  }

  private List<String> commandLine(WorkerJob job) {
    List<String> argv = new ArrayList<>();
    argv.add(settings.java().toString());
    argv.add("-Xmx" + job.limits().memoryMegabytes() + "m");
    argv.add("-XX:+ExitOnOutOfMemoryError");
    argv.add("-XX:ActiveProcessorCount=" + Math.max(1, (int) Math.ceil(job.limits().cpus())));
    // Marks that let listRunning and removeOrphans find this process after a server crash.
    argv.add(MARK);
    argv.add("-D" + WorkerLabels.JOB + "=" + job.jobId());
    argv.add("-D" + WorkerLabels.NODE + "=" + settings.nodeId());
    argv.add("-jar");
    argv.add(settings.workerJar().orElseThrow().toString());
    argv.addAll(job.command());
    return argv;
  }

  private static Thread startReader(InputStream in, BoundedOutput output, String jobId) {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  output.write(buffer, 0, n);
                }
              } catch (IOException e) {
                output.append("\n[FieldCloud] Reading the worker's output failed: " + e + "\n");
              }
            },
            "worker-output-" + jobId);
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private static void destroyTree(ProcessHandle root) {
    // Children first: once the root is gone they are re-parented and harder to find.
    root.descendants().forEach(ProcessHandle::destroyForcibly);
    root.destroyForcibly();
  }

  private static int awaitExitCode(Process process) {
    try {
      if (process.waitFor(AFTER_KILL.toMillis(), TimeUnit.MILLISECONDS)) {
        return process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return -1;
  }

  @Override
  public List<RunningWorker> listRunning() {
    return ProcessHandle.allProcesses()
        .map(ProcessWorkerRunner::asWorker)
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public List<RunningWorker> removeOrphans(String nodeId, Set<String> activeJobIds) {
    List<RunningWorker> removed = new ArrayList<>();
    for (RunningWorker worker : listRunning()) {
      if (worker.nodeId().equals(nodeId) && !activeJobIds.contains(worker.jobId())) {
        ProcessHandle.of(Long.parseLong(worker.id())).ifPresent(ProcessWorkerRunner::destroyTree);
        removed.add(worker);
      }
    }
    return removed;
  }

  private static Optional<RunningWorker> asWorker(ProcessHandle process) {
    String[] args = process.info().arguments().orElse(null);
    if (args == null || !List.of(args).contains(MARK)) {
      return Optional.empty();
    }
    String job = argument(args, WorkerLabels.JOB);
    String node = argument(args, WorkerLabels.NODE);
    return Optional.of(new RunningWorker(String.valueOf(process.pid()), job, node, "running"));
  }

  private static String argument(String[] args, String name) {
    String prefix = "-D" + name + "=";
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return "";
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}

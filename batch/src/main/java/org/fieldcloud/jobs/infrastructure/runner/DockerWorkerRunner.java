package org.fieldcloud.jobs.infrastructure.runner;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each job's worker in its own container of the worker image: host network (the API is on
 * loopback; the engine has no bridge), the job's folder bind-mounted on {@code /io}, memory and CPU
 * limits, labels that tie it to its job and node. The container is removed in every case.
 */
public final class DockerWorkerRunner implements WorkerRunner {

  private static final Logger LOG = Logger.getLogger(DockerWorkerRunner.class.getName());
  private static final String CONTAINER_IO = "/io";

  /** Time to wait for a killed container to be reported as exited, and for its logs. */
  private static final Duration AFTER_KILL = Duration.ofSeconds(30);

  private final DockerRunnerSettings settings;
  private final DockerClient docker;

  public DockerWorkerRunner(DockerRunnerSettings settings) {
    this.settings = settings;
    DefaultDockerClientConfig config =
        DefaultDockerClientConfig.createDefaultConfigBuilder()
            .withDockerHost(settings.dockerHost())
            .build();
    // No response timeout: waiting for a container is one long request, bounded by our own timeout.
    ApacheDockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .maxConnections(50)
            .connectionTimeout(Duration.ofSeconds(10))
            .build();
    this.docker = DockerClientImpl.getInstance(config, http);
  }

  @Override
  public WorkerRun run(WorkerJob job, JobTimeline timeline) {
    long started = System.nanoTime();
    String containerId;
    try {
      containerId = create(job);
      timeline.mark("container create");
    } catch (NotFoundException e) {
      return WorkerRun.couldNotStart(
          "The worker image "
              + settings.image()
              + " is not on the Docker engine: build it with docker/worker/build.sh.",
          since(started));
    } catch (RuntimeException e) {
      return WorkerRun.couldNotStart(
          "Could not create the worker container on the Docker engine at "
              + settings.dockerHost()
              + ": "
              + describe(e),
          since(started));
    }
    try {
      return runCreated(containerId, job, started, timeline);
    } catch (RuntimeException e) {
      return new WorkerRun(
          WorkerOutcome.FAILED,
          null,
          "",
          null,
          "The Docker engine failed while the worker ran: " + describe(e),
          since(started));
    } finally {
      remove(containerId);
      timeline.mark("container remove");
    }
  }

  private String create(WorkerJob job) {
    if (!Files.isDirectory(job.ioDir())) {
      throw new IllegalArgumentException("the job folder " + job.ioDir() + " does not exist");
    }
    Map<String, String> env = new LinkedHashMap<>(job.environment());
    env.put(WorkerLabels.IO_DIR_VARIABLE, CONTAINER_IO);
    settings.user().ifPresent(user -> env.putIfAbsent("HOME", "/tmp"));
    // The engine's log file only has to hold what our follower has not read yet: a rotation the
    // follower falls behind loses lines, so it is generous, yet bounded against a runaway worker.
    long logBytes = Math.max(64L << 20, 4L * settings.outputLimitBytes());
    HostConfig host =
        HostConfig.newHostConfig()
            .withNetworkMode("host")
            .withBinds(new Bind(job.ioDir().toString(), new Volume(CONTAINER_IO)))
            .withMemory(job.limits().memoryBytes())
            .withMemorySwap(job.limits().memoryBytes())
            .withNanoCPUs(Math.round(job.limits().cpus() * 1e9))
            // Our own log driver settings: json-file can be read back whatever the engine's
            // default is, and a chatty worker cannot fill the disk.
            .withLogConfig(
                new LogConfig(
                    LogConfig.LoggingType.JSON_FILE,
                    Map.of("max-size", String.valueOf(logBytes), "max-file", "2")));
    var create =
        docker
            .createContainerCmd(settings.image())
            .withCmd(job.command())
            .withEnv(env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
            .withLabels(
                Map.of(
                    WorkerLabels.ROLE, WorkerLabels.ROLE_WORKER,
                    WorkerLabels.JOB, job.jobId(),
                    WorkerLabels.NODE, settings.nodeId()))
            .withHostConfig(host);
    settings.user().ifPresent(create::withUser);
    return create.exec().getId();
  }

  private WorkerRun runCreated(
      String containerId, WorkerJob job, long started, JobTimeline timeline) {
    try {
      docker.startContainerCmd(containerId).exec();
      timeline.mark("container start");
    } catch (RuntimeException e) {
      return WorkerRun.couldNotStart(
          "The worker container did not start: " + describe(e), since(started));
    }
    // Followed from the start, so the output keeps its beginning even when the engine's capped
    // log file has already dropped it.
    BoundedOutput output = new BoundedOutput(settings.outputLimitBytes());
    ResultCallback.Adapter<Frame> logs = followLogs(containerId, output);
    Waited waited = awaitExit(containerId, job.timeout());
    timeline.mark("worker");
    boolean timedOut = waited.how() == Wait.TIMED_OUT;
    boolean interrupted = waited.how() == Wait.INTERRUPTED;
    if (waited.how() != Wait.EXITED) {
      kill(containerId);
      waited = awaitExit(containerId, AFTER_KILL);
    }
    try {
      return collect(
          containerId, job, started, output, logs, waited, timedOut, interrupted, timeline);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt(); // cleaned up first, then the caller learns of it
      }
    }
  }

  private WorkerRun collect(
      String containerId,
      WorkerJob job,
      long started,
      BoundedOutput output,
      ResultCallback.Adapter<Frame> logs,
      Waited waited,
      boolean timedOut,
      boolean interrupted,
      JobTimeline timeline) {
    awaitLogs(logs, output);
    timeline.mark("output");
    Integer exitCode = waited.exitCode();
    boolean killedForMemory = false;
    // Exit code 0 says all: the engine is asked about the memory killer only after a failure
    // (one request less, and on a busy engine that request waits for the exit's clean-up).
    if (exitCode == null || exitCode != 0) {
      InspectContainerResponse.ContainerState state;
      try {
        state = docker.inspectContainerCmd(containerId).exec().getState();
        timeline.mark("inspect");
      } catch (NotFoundException e) {
        String feedback = FeedbackFile.read(job.ioDir(), output);
        return new WorkerRun(
            WorkerOutcome.FAILED,
            null,
            output.text(),
            feedback,
            "The worker container was removed while it ran (by recovery or by hand).",
            since(started));
      }
      Long inspected = state.getExitCodeLong();
      exitCode = inspected == null ? null : inspected.intValue();
      killedForMemory = Boolean.TRUE.equals(state.getOOMKilled());
    }
    if (timedOut) {
      output.append(
          "\n[FieldCloud] The worker did not finish within "
              + job.timeout().toSeconds()
              + " s and was killed.\n");
    }
    String feedback = FeedbackFile.read(job.ioDir(), output);
    timeline.mark("feedback");
    WorkerVerdict verdict =
        new WorkerVerdict(
            exitCode == null ? -1 : exitCode,
            timedOut,
            interrupted,
            killedForMemory,
            output.text());
    return verdict.toRun(job.timeout(), job.limits(), feedback, since(started));
  }

  private enum Wait {
    EXITED,
    TIMED_OUT,
    INTERRUPTED
  }

  /** How waiting ended, and the exit code the engine reported when the container exited. */
  private record Waited(Wait how, Integer exitCode) {}

  /** Waits for the container to exit, at most {@code timeout}. */
  private Waited awaitExit(String containerId, Duration timeout) {
    WaitContainerResultCallback wait =
        docker.waitContainerCmd(containerId).exec(new WaitContainerResultCallback());
    try {
      return new Waited(
          Wait.EXITED, wait.awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (DockerClientException e) {
      // docker-java says "Awaiting status code timeout." or wraps the InterruptedException.
      boolean interrupted = Thread.interrupted() || e.getCause() instanceof InterruptedException;
      return new Waited(interrupted ? Wait.INTERRUPTED : Wait.TIMED_OUT, null);
    } finally {
      try {
        wait.close();
      } catch (java.io.IOException e) {
        LOG.log(Level.FINE, "closing the finished wait stream", e);
      }
    }
  }

  private void kill(String containerId) {
    try {
      docker.killContainerCmd(containerId).exec();
    } catch (NotFoundException | NotModifiedException e) {
      // Gone already.
    } catch (RuntimeException e) {
      // 409: it exited between the timeout and the kill.
      LOG.log(Level.FINE, "kill " + containerId, e);
    }
  }

  private ResultCallback.Adapter<Frame> followLogs(String containerId, BoundedOutput output) {
    return docker
        .logContainerCmd(containerId)
        .withStdOut(true)
        .withStdErr(true)
        .withFollowStream(true)
        .exec(
            new ResultCallback.Adapter<Frame>() {
              @Override
              public void onNext(Frame frame) {
                output.write(frame.getPayload());
              }
            });
  }

  /** The log stream ends when the container has exited and its last lines are delivered. */
  private static void awaitLogs(ResultCallback.Adapter<Frame> logs, BoundedOutput output) {
    try {
      if (!logs.awaitCompletion(AFTER_KILL.toSeconds(), TimeUnit.SECONDS)) {
        output.append("\n[FieldCloud] The worker's logs did not end in time; they may be cut.\n");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      output.append("\n[FieldCloud] Interrupted while reading the worker's logs.\n");
    } catch (RuntimeException e) {
      output.append("\n[FieldCloud] Could not read the worker's logs: " + describe(e) + "\n");
    } finally {
      try {
        logs.close();
      } catch (java.io.IOException e) {
        LOG.log(Level.FINE, "closing the log stream", e);
      }
    }
  }

  private void remove(String containerId) {
    // A pending interrupt (the job was cancelled) must not cut the removal short.
    boolean interrupted = Thread.interrupted();
    try {
      docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException | ConflictException e) {
      // Removed already, or its removal is under way (recovery raced with the run).
    } catch (RuntimeException e) {
      // Recovery (removeOrphans) will find it by its labels.
      LOG.log(Level.WARNING, "could not remove worker container " + containerId, e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public List<RunningWorker> listRunning() {
    List<RunningWorker> workers = new ArrayList<>();
    for (Container c :
        docker
            .listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(Map.of(WorkerLabels.ROLE, WorkerLabels.ROLE_WORKER))
            .exec()) {
      Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
      workers.add(
          new RunningWorker(
              c.getId(),
              labels.getOrDefault(WorkerLabels.JOB, ""),
              labels.getOrDefault(WorkerLabels.NODE, ""),
              c.getState()));
    }
    return workers;
  }

  @Override
  public List<RunningWorker> removeOrphans(String nodeId, Set<String> activeJobIds) {
    List<RunningWorker> removed = new ArrayList<>();
    for (RunningWorker worker : listRunning()) {
      if (worker.nodeId().equals(nodeId) && !activeJobIds.contains(worker.jobId())) {
        remove(worker.id());
        removed.add(worker);
      }
    }
    return removed;
  }

  @Override
  public void close() {
    try {
      docker.close();
    } catch (java.io.IOException e) {
      LOG.log(Level.FINE, "closing the Docker client", e);
    }
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }
}

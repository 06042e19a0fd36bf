package org.fieldcloud.jobs.infrastructure.runner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How workers run, from MicroProfile Config ({@code fieldcloud.worker.*}, {@code
 * fieldcloud.docker.*}, {@code fieldcloud.node.id}; or the matching {@code FIELDCLOUD_*}
 * variables). See docs/configuration.md, section "Jobs and workers".
 */
@ApplicationScoped
public class WorkerSettings {

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.runner", defaultValue = "process")
  String runner;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.image", defaultValue = "fieldcloud-worker:latest")
  String image;

  @Inject
  @ConfigProperty(name = "fieldcloud.docker.host", defaultValue = "unix:///var/run/docker.sock")
  String dockerHost;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.jar")
  Optional<String> jar;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.java")
  Optional<String> javaExecutable;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.output-limit-bytes", defaultValue = "1048576")
  int outputLimitBytes;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.timeout-seconds", defaultValue = "600")
  long timeoutSeconds;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.memory-mb", defaultValue = "1000")
  long memoryMegabytes;

  @Inject
  @ConfigProperty(name = "fieldcloud.worker.cpus", defaultValue = "1")
  double cpus;

  @Inject
  @ConfigProperty(name = "fieldcloud.node.id")
  Optional<String> nodeId;

  /** {@code process} or {@code docker}. */
  public String runner() {
    return runner.strip().toLowerCase(Locale.ROOT);
  }

  public String nodeId() {
    return nodeId.filter(s -> !s.isBlank()).orElseGet(NodeIdentity::hostName);
  }

  public DockerRunnerSettings docker() {
    return docker(image);
  }

  /** The docker runner's settings with another image (test overrides of the job queue). */
  public DockerRunnerSettings docker(String otherImage) {
    return new DockerRunnerSettings(
        dockerHost, otherImage, nodeId(), WorkerUser.resolve(user), outputLimitBytes);
  }

  public ProcessRunnerSettings process() {
    return new ProcessRunnerSettings(
        javaExecutable.map(Path::of).orElseGet(ProcessRunnerSettings::currentJava),
        jar.filter(s -> !s.isBlank()).map(Path::of),
        nodeId(),
        outputLimitBytes);
  }

  /** The timeout every job gets unless it says otherwise. */
  public Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  /** The limits every job gets unless it says otherwise. */
  public WorkerLimits limits() {
    return WorkerLimits.ofMegabytes(memoryMegabytes, cpus);
  }
}

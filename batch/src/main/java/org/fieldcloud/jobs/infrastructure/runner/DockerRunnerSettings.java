package org.fieldcloud.jobs.infrastructure.runner;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of {@link DockerWorkerRunner}.
 *
 * @param dockerHost the engine's address, e.g. {@code unix:///var/run/docker.sock}
 * @param image the worker image, e.g. {@code fieldcloud-worker:latest} (never pulled here)
 * @param nodeId this application node, put on every container as label {@code fieldcloud.node}
 * @param user {@code uid:gid} the container runs as; empty = the image's user (root)
 * @param outputLimitBytes how much of the worker's output is kept
 */
public record DockerRunnerSettings(
    String dockerHost, String image, String nodeId, Optional<String> user, int outputLimitBytes) {

  public DockerRunnerSettings {
    Objects.requireNonNull(dockerHost, "dockerHost");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(user, "user");
  }
}

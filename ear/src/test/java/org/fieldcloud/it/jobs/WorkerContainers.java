package org.fieldcloud.it.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the Docker engine holds for a job: its worker containers, found by their labels. */
final class WorkerContainers {

  private WorkerContainers() {}

  /** Ids of the containers (running or not) labelled with the job. */
  static List<String> of(String jobId) throws IOException, InterruptedException {
    Process docker =
        new ProcessBuilder(
                "docker", "ps", "-aq", "--no-trunc", "--filter", "label=fieldcloud.job=" + jobId)
            .redirectErrorStream(true)
            .start();
    String out = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!docker.waitFor(60, TimeUnit.SECONDS) || docker.exitValue() != 0) {
      throw new IOException("docker ps failed: " + out);
    }
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}

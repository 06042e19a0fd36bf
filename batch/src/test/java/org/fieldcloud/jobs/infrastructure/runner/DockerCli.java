package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The docker command line, for test set-up and for checks independent of docker-java. */
final class DockerCli {

  private DockerCli() {}

  static String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("docker");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The legacy builder: this machine has no buildx, and it is all a two-line Dockerfile needs.
    builder.environment().put("DOCKER_BUILDKIT", "0");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}

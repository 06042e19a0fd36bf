package org.fieldcloud.it.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.fieldcloud.jobs.infrastructure.runner.DockerTestImage;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the application server while a job's worker runs: after the restart, recovery ends the
 * job failed and no container of it is left. The test restarts the test server itself ({@code
 * ./fieldcloud it-server restart}), so the tests after it find it running again.
 */
class JobServerKillIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void aJobRunningWhenTheServerIsKilledEndsFailedWithoutLeftovers() throws Exception {
    Person owner = Accounts.person("jobkill");
    String image = DockerTestImage.build();
    String project =
        Jobs.project(
            owner, "fieldcloud-test-image: " + image + "\nfieldcloud-test-command: sleep 600");
    Jobs.withQgisFile(project);
    ApiResponse created = Jobs.trigger(owner.api(), project, "process_projectfile", false);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Jobs.awaitStatus(owner.api(), id, Set.of("started"), Duration.ofSeconds(120));
    awaitContainer(id);

    long pid = TestServer.pid();
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    assertTrue(server.destroyForcibly(), "kill -9 of the test server");
    server.onExit().get(60, TimeUnit.SECONDS);

    restartTestServer();

    JsonObject ended = Jobs.awaitStatus(owner.api(), id, Jobs.ENDED, Duration.ofSeconds(120));
    assertEquals("failed", ended.getString("status"), ended::toString);
    assertFalse(ended.isNull("finished_at"));
    assertTrue(ended.getString("output").contains("Job unexpectedly terminated"), ended::toString);
    assertEquals(-2, ended.getJsonObject("feedback").getInt("container_exit_code"));
    assertEquals(List.of(), WorkerContainers.of(id), "no container of the job is left");
  }

  private static void awaitContainer(String jobId) throws Exception {
    for (int i = 0; i < 120; i++) {
      if (!WorkerContainers.of(jobId).isEmpty()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no worker container for job " + jobId);
  }

  private static void restartTestServer() throws Exception {
    String portbase = System.getProperty("fieldcloud.it.portbase", "28000");
    File log = ROOT.resolve("ear/target/it-server-restart.log").toFile();
    Process restart =
        new ProcessBuilder(
                "bash", ROOT.resolve("fieldcloud").toString(), "it-server", "restart", portbase)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    boolean done = restart.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      restart.destroyForcibly();
    }
    assertTrue(done && restart.exitValue() == 0, () -> "restart failed: " + read(log.toPath()));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}

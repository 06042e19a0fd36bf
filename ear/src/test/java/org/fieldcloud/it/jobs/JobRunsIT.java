package org.fieldcloud.it.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.jobs.infrastructure.runner.DockerTestImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs run end to end by the test server's queue with the real Docker engine: API → poller →
 * Jakarta Batch → container → status. The workers are the stand-in {@code TestWorker} in the image
 * {@code fieldcloud-worker-test:latest} (the real worker image with another jar), chosen through
 * the test overrides of the project description that only test servers honour (docs/jobs.md).
 */
class JobRunsIT {

  private static Person owner;
  private static String image;

  @BeforeAll
  static void setUp() throws Exception {
    owner = Accounts.person("jobrunner");
    image = DockerTestImage.build();
  }

  private JsonObject run(String overrides, Duration max) throws Exception {
    String project = Jobs.project(owner, "fieldcloud-test-image: " + image + "\n" + overrides);
    Jobs.withQgisFile(project);
    ApiResponse created = Jobs.trigger(owner.api(), project, "process_projectfile", false);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    JsonObject ended = Jobs.awaitStatus(owner.api(), id, Jobs.ENDED, max);
    assertFalse(ended.isNull("started_at"), ended::toString);
    assertFalse(ended.isNull("finished_at"), ended::toString);
    assertTrue(
        !OffsetDateTime.parse(ended.getString("finished_at"))
            .isBefore(OffsetDateTime.parse(ended.getString("started_at"))));
    assertEquals(List.of(), WorkerContainers.of(id), "the worker container is removed");
    String projectStatus = owner.api().get("projects/" + project).json().getString("status");
    assertFalse(projectStatus.equals("busy"), "a project is busy only while a job is active");
    return ended;
  }

  @Test
  void successFinishesWithTheWorkersFeedbackAndOutput() throws Exception {
    JsonObject job = run("fieldcloud-test-command: succeed", Duration.ofSeconds(120));
    assertEquals("finished", job.getString("status"), job::toString);
    assertTrue(job.getString("output").contains("worker says hello on stdout"), job::toString);
    JsonObject feedback = job.getJsonObject("feedback");
    assertEquals(job.getString("id"), feedback.getString("job_id"));
    assertEquals("/io", feedback.getString("io_dir"));
    assertEquals(0, feedback.getInt("container_exit_code"));
  }

  @Test
  void nonZeroExitFails() throws Exception {
    JsonObject job = run("fieldcloud-test-command: exit 3", Duration.ofSeconds(120));
    assertEquals("failed", job.getString("status"), job::toString);
    assertTrue(job.getString("output").contains("giving up with exit code 3"), job::toString);
    assertTrue(job.getString("output").contains("The worker failed (exit code 3)."));
    assertEquals(3, job.getJsonObject("feedback").getInt("container_exit_code"));
    assertEquals("container", job.getJsonObject("feedback").getString("error_origin"));
  }

  @Test
  void timeoutFailsAndSaysSo() throws Exception {
    JsonObject job =
        run(
            "fieldcloud-test-command: sleep 300\nfieldcloud-test-timeout-seconds: 5",
            Duration.ofSeconds(120));
    assertEquals("failed", job.getString("status"), job::toString);
    JsonObject feedback = job.getJsonObject("feedback");
    assertEquals("TIMEOUT", feedback.getString("error_type"), job::toString);
    assertTrue(job.getString("output").contains("did not finish within 5 s"), job::toString);
  }

  @Test
  void outOfMemoryFailsAndSaysSo() throws Exception {
    JsonObject job =
        run(
            "fieldcloud-test-command: allocate\nfieldcloud-test-memory-mb: 128",
            Duration.ofSeconds(120));
    assertEquals("failed", job.getString("status"), job::toString);
    assertEquals(
        "OUT_OF_MEMORY", job.getJsonObject("feedback").getString("error_type"), job::toString);
    assertTrue(job.getString("output").contains("ran out of memory"), job::toString);
  }
}

package org.fieldcloud.it.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;

/** Projects and jobs for the job tests, through the API as the SDK calls it. */
final class Jobs {

  static final Set<String> ENDED = Set.of("finished", "failed");

  private Jobs() {}

  /** A project of {@code owner}; {@code description} may carry test overrides (docs/jobs.md). */
  static String project(Person owner, String description) {
    String id = Projects.create(owner.api(), owner.username(), false);
    if (description != null) {
      ApiResponse patched =
          owner.api().patchForm("projects/" + id, Map.of("description", description));
      assertTrue(patched.status() == 200, patched::toString);
    }
    return id;
  }

  /** Gives the project a QGIS file name, as an upload of project.qgs would. */
  static void withQgisFile(String projectId) {
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs' WHERE id = ?",
        UUID.fromString(projectId));
  }

  /** Locks the project as a storage migration does: the queue leaves its jobs pending. */
  static void lock(String projectId, boolean locked) {
    Accounts.sql(
        "UPDATE project_project SET locked_at = " + (locked ? "now()" : "NULL") + " WHERE id = ?",
        UUID.fromString(projectId));
  }

  /** {@code job_trigger}: form fields project_id, type, force 0/1 (api.md 8). */
  static ApiResponse trigger(ApiClient api, String projectId, String type, boolean force) {
    return api.postForm(
        "jobs/", Map.of("project_id", projectId, "type", type, "force", force ? "1" : "0"));
  }

  /** {@code job_status}, polled until the job has one of {@code statuses}. */
  static JsonObject awaitStatus(ApiClient api, String jobId, Set<String> statuses, Duration max)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    JsonObject job;
    do {
      ApiResponse response = api.get("jobs/" + jobId);
      assertTrue(response.status() == 200, response::toString);
      job = response.json();
      if (statuses.contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("job " + jobId + " still " + job.getString("status") + ": " + job);
  }
}

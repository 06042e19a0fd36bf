package org.fieldcloud.it.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jobs endpoints as the SDK calls them (api.md 5.11, 8: job-trigger, job-status, list-jobs).
 * The projects are locked where a test needs its jobs to stay pending, so the queue leaves them.
 */
class JobsApiIT {

  private static Person owner;

  @BeforeAll
  static void owner() {
    owner = Accounts.person("jobowner");
  }

  @Test
  void triggerStatusAndListAsTheSdk() {
    String project = Jobs.project(owner, null);
    Jobs.withQgisFile(project);
    Jobs.lock(project, true);

    ApiResponse created = Jobs.trigger(owner.api(), project, "package", false);
    assertEquals(201, created.status(), created::toString);
    JsonObject job = created.json();
    assertEquals(
        List.of(
            "id",
            "created_at",
            "created_by",
            "feedback",
            "finished_at",
            "output",
            "project_id",
            "started_at",
            "status",
            "type",
            "updated_at"),
        List.copyOf(job.keySet()));
    assertEquals("package", job.getString("type"));
    assertEquals("pending", job.getString("status"));
    assertEquals(project, job.getString("project_id"));
    assertEquals(JsonValue.ValueType.NUMBER, job.get("created_by").getValueType());
    assertEquals(
        Accounts.queryLong("SELECT id FROM core_user WHERE username = ?", owner.username()),
        job.getJsonNumber("created_by").longValue());
    assertTrue(job.isNull("feedback") && job.isNull("output") && job.isNull("finished_at"));

    // Without force, the active package job is answered again, with 200, whoever asked.
    ApiResponse again = Jobs.trigger(owner.api(), project, "package", false);
    assertEquals(200, again.status(), again::toString);
    assertEquals(job.getString("id"), again.json().getString("id"));
    ApiResponse forced = Jobs.trigger(owner.api(), project, "package", true);
    assertEquals(201, forced.status(), forced::toString);
    assertFalse(job.getString("id").equals(forced.json().getString("id")));

    ApiResponse status = owner.api().get("jobs/" + job.getString("id"));
    assertEquals(200, status.status(), status::toString);
    assertEquals("pending", status.json().getString("status"));

    ApiResponse list = owner.api().get("jobs/?project_id=" + project + "&type=package");
    assertEquals(200, list.status(), list::toString);
    assertEquals(2, list.jsonArray().size());
    JsonObject item = list.jsonArray().getJsonObject(0);
    assertEquals(job.getString("id"), item.getString("id"));
    assertFalse(item.containsKey("output") || item.containsKey("feedback"));

    ApiResponse page = owner.api().get("jobs/?project_id=" + project + "&limit=1&offset=0");
    assertEquals(1, page.jsonArray().size());
    assertEquals("2", page.header("X-Total-Count").orElseThrow());
    assertTrue(page.header("X-Next-Page").orElseThrow().contains("offset=1"));

    // The project is busy while it has an active job.
    assertEquals("busy", owner.api().get("projects/" + project).json().getString("status"));
  }

  @Test
  void packageNeedsAQgisFileUnlessForced() {
    String project = Jobs.project(owner, null);
    Jobs.lock(project, true);
    ApiResponse refused = Jobs.trigger(owner.api(), project, "package", false);
    assertEquals(400, refused.status(), refused::toString);
    assertEquals("no_qgis_project", refused.errorCode());
    assertEquals(201, Jobs.trigger(owner.api(), project, "package", true).status());
  }

  @Test
  void packageOnlyOnRegularProjects() {
    String project = Jobs.project(owner, null);
    Accounts.sql(
        "UPDATE project_project SET project_type = 'template' WHERE id = ?",
        UUID.fromString(project));
    ApiResponse refused = Jobs.trigger(owner.api(), project, "package", true);
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("permission_denied", refused.errorCode());
  }

  @Test
  void readersMayPackageAndListButNotProcess() {
    String project = Jobs.project(owner, null);
    Jobs.withQgisFile(project);
    Jobs.lock(project, true);
    Person reader = Accounts.person("jobreader");
    owner
        .api()
        .postForm(
            "collaborators/" + project,
            Map.of("collaborator", reader.username(), "role", "reader"));
    ApiResponse refused = Jobs.trigger(reader.api(), project, "process_projectfile", false);
    assertEquals(403, refused.status(), refused::toString);
    ApiResponse packaged = Jobs.trigger(reader.api(), project, "package", false);
    assertEquals(201, packaged.status(), packaged::toString);
    assertEquals(200, reader.api().get("jobs/?project_id=" + project).status());

    Person stranger = Accounts.person("jobstranger");
    assertEquals(403, stranger.api().get("jobs/" + packaged.json().getString("id")).status());
    assertEquals(403, stranger.api().get("jobs/?project_id=" + project).status());
  }

  @Test
  void badRequests() {
    String project = Jobs.project(owner, null);
    Jobs.lock(project, true);
    ApiResponse unknownJob = owner.api().get("jobs/" + UUID.randomUUID());
    assertEquals(403, unknownJob.status(), unknownJob::toString);
    ApiResponse malformed = owner.api().get("jobs/not-a-uuid");
    assertEquals(400, malformed.status(), malformed::toString);
    assertEquals("validation_error", malformed.errorCode());
    assertEquals(404, owner.api().get("jobs/").status());
    assertEquals(
        404, Jobs.trigger(owner.api(), UUID.randomUUID().toString(), "package", true).status());
    for (String type : List.of("create_project", "nonsense")) {
      ApiResponse invalid = Jobs.trigger(owner.api(), project, type, true);
      assertEquals(400, invalid.status(), invalid::toString);
      assertEquals("invalid_job", invalid.errorCode());
    }
  }

  @Test
  void aJobWithoutQgisFileFailsWithoutAWorker() throws Exception {
    String project = Jobs.project(owner, null);
    ApiResponse created = Jobs.trigger(owner.api(), project, "process_projectfile", false);
    assertEquals(201, created.status(), created::toString);
    JsonObject ended =
        Jobs.awaitStatus(
            owner.api(), created.json().getString("id"), Jobs.ENDED, Duration.ofSeconds(60));
    assertEquals("failed", ended.getString("status"));
    assertFalse(ended.isNull("finished_at"));
    assertTrue(ended.getString("output").contains("no QGIS project file"), ended::toString);
    assertEquals("worker_wrapper", ended.getJsonObject("feedback").getString("error_origin"));
    assertEquals(Set.of("failed"), Set.of(ended.getString("status")));
  }
}

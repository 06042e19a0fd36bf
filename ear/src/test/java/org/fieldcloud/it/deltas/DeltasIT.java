package org.fieldcloud.it.deltas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Delta upload, listing and application (api.md 5.10) over HTTP, as QField and the SDK send them;
 * the jobs and rows they leave are checked in the database.
 */
class DeltasIT {

  private static final Set<String> STATUSES =
      Set.of(
          "STATUS_PENDING",
          "STATUS_BUSY",
          "STATUS_APPLIED",
          "STATUS_CONFLICT",
          "STATUS_NOT_APPLIED",
          "STATUS_ERROR",
          "STATUS_IGNORED",
          "STATUS_UNPERMITTED");

  private static Person owner;

  @BeforeAll
  static void owner() {
    owner = Accounts.person("deltas");
  }

  @Test
  void qfieldPushesThenPollsItsDeltafile() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject file =
        Deltafiles.forProject("singlelayer_singledelta.json", project, new Deltafiles.Ids());
    String fileId = file.getString("id");
    JsonObject sent = file.getJsonArray("deltas").getJsonObject(0);

    ApiResponse push = Deltafiles.pushAsQField(owner.api(), project, file.toString());
    assertEquals(200, push.status(), push::toString);
    assertEquals("", push.body());
    assertTrue(push.header("Content-Type").isEmpty(), () -> push.headers().toString());

    ApiResponse poll = owner.api().get("deltas/" + project + "/" + fileId);
    assertEquals(200, poll.status(), poll::toString);
    var deltas = poll.jsonArray();
    assertEquals(1, deltas.size());
    JsonObject delta = deltas.getJsonObject(0);
    assertEquals(
        List.of(
            "id",
            "deltafile_id",
            "created_by",
            "created_at",
            "updated_at",
            "status",
            "output",
            "last_status",
            "last_feedback",
            "content"),
        List.copyOf(delta.keySet()));
    assertEquals(sent.getString("uuid"), delta.getString("id"));
    assertEquals(fileId, delta.getString("deltafile_id"));
    assertEquals(owner.username(), delta.getString("created_by"));
    assertFalse(delta.getString("created_at").isEmpty());
    assertFalse(delta.getString("updated_at").isEmpty());
    assertTrue(STATUSES.contains(delta.getString("status")), delta::toString);
    assertEquals(sent, delta.getJsonObject("content"));
    if (delta.getString("last_status").equals("pending")) {
      assertEquals("STATUS_PENDING", delta.getString("status"));
      assertEquals(JsonValue.NULL, delta.get("output"));
      assertEquals(JsonValue.NULL, delta.get("last_feedback"));
    }

    // The upload made one delta_apply job carrying the delta, with the project's flag.
    assertEquals(
        1,
        DeltaProjects.count(
            "SELECT count(*) FROM core_job WHERE project_id = ?::uuid AND type = 'delta_apply'"
                + " AND overwrite_conflicts",
            project));
    assertEquals(
        1,
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta a JOIN core_job j ON j.id = a.apply_job_id"
                + " WHERE j.project_id = ?::uuid AND a.delta_id = ?::uuid",
            project,
            sent.getString("uuid")));
  }

  @Test
  void theSdkPushesAndListsDeltasInOrder() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject file =
        Deltafiles.forProject("singlelayer_multidelta.json", project, new Deltafiles.Ids());
    ApiResponse push = Deltafiles.pushAsSdk(owner.api(), project, file.toString());
    assertEquals(200, push.status(), push::toString);

    var listed = owner.api().get("deltas/" + project + "?ordering=created_at").jsonArray();
    var sentIds =
        file.getJsonArray("deltas").stream().map(d -> d.asJsonObject().getString("uuid")).toList();
    assertEquals(sentIds, listed.stream().map(d -> d.asJsonObject().getString("id")).toList());

    ApiResponse newest = owner.api().get("deltas/" + project + "?ordering=-created_at&limit=1");
    assertEquals(200, newest.status(), newest::toString);
    assertEquals(1, newest.jsonArray().size());
    assertEquals(
        sentIds.get(sentIds.size() - 1), newest.jsonArray().getJsonObject(0).getString("id"));
    assertEquals(Integer.toString(sentIds.size()), newest.header("X-Total-Count").orElse(""));
    assertTrue(newest.header("X-Next-Page").isPresent());

    // One job for all deltas of the file, in file order.
    assertEquals(
        sentIds.size(),
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta a JOIN core_job j ON j.id = a.apply_job_id"
                + " WHERE j.project_id = ?::uuid",
            project));
    assertEquals(
        1,
        DeltaProjects.count("SELECT count(*) FROM core_job WHERE project_id = ?::uuid", project));
  }

  @Test
  void aReUploadOfTheSameDeltasStoresNothingNew() {
    String project = DeltaProjects.withQgisFile(owner);
    Deltafiles.Ids ids = new Deltafiles.Ids();
    JsonObject first = Deltafiles.forProject("singlelayer_multidelta.json", project, ids);
    assertEquals(200, Deltafiles.pushAsQField(owner.api(), project, first.toString()).status());
    long deltas =
        DeltaProjects.count("SELECT count(*) FROM core_delta WHERE project_id = ?::uuid", project);

    // QField re-sends the same delta uuids under a new deltafile id after a failed poll.
    JsonObject again = Deltafiles.forProject("singlelayer_multidelta.json", project, ids);
    ApiResponse push = Deltafiles.pushAsQField(owner.api(), project, again.toString());
    assertEquals(200, push.status(), push::toString);
    assertEquals(
        deltas,
        DeltaProjects.count("SELECT count(*) FROM core_delta WHERE project_id = ?::uuid", project));
    // The deltas keep their first deltafile; no second job was made.
    assertEquals(
        0, owner.api().get("deltas/" + project + "/" + again.getString("id")).jsonArray().size());
    assertEquals(
        1,
        DeltaProjects.count("SELECT count(*) FROM core_job WHERE project_id = ?::uuid", project));
  }

  @Test
  void aReportersPatchIsUnpermittedAndItsCreateIsApplied() {
    String project = DeltaProjects.withQgisFile(owner);
    Person reporter = Accounts.person("reporter");
    assertEquals(
        201,
        owner
            .api()
            .postForm(
                "collaborators/" + project,
                Map.of("collaborator", reporter.username(), "role", "reporter"))
            .status());
    JsonObject file =
        Deltafiles.forProject(
            "singlelayer_multidelta_patch_create.json", project, new Deltafiles.Ids());
    ApiResponse push = Deltafiles.pushAsQField(reporter.api(), project, file.toString());
    assertEquals(200, push.status(), push::toString);

    var listed = reporter.api().get("deltas/" + project + "/" + file.getString("id")).jsonArray();
    assertEquals(2, listed.size());
    String message =
        "User has no rights to create delta on this project. Try inviting him as a collaborator"
            + " with proper permissions and try again.";
    for (JsonValue item : listed) {
      JsonObject delta = item.asJsonObject();
      String method = delta.getJsonObject("content").getString("method");
      if (method.equals("create")) {
        assertFalse(delta.getString("status").equals("STATUS_UNPERMITTED"), delta::toString);
      } else {
        assertEquals("STATUS_UNPERMITTED", delta.getString("status"));
        assertEquals("unpermitted", delta.getString("last_status"));
        assertEquals(message, delta.getJsonObject("last_feedback").getString("msg"));
        assertEquals("{'msg': '" + message + "'}", delta.getString("output"));
        // Never handed to a job.
        assertEquals(
            0,
            DeltaProjects.count(
                "SELECT count(*) FROM core_applyjobdelta WHERE delta_id = ?::uuid",
                delta.getString("id")));
      }
    }
  }

  @Test
  void aFileThatIsNotADeltafileIsRefusedAndKept() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject fixture = Deltafiles.fixture("not_schema_valid.json");
    String upload = fixture.toString().replace(fixture.getString("project"), project);
    ApiResponse push =
        owner
            .api()
            .withUserAgent("QFieldCloudTestClient/1.0")
            .postFile(
                "deltas/" + project,
                "file",
                "deltafile.json",
                upload.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, push.status(), push::toString);
    assertEquals("invalid_deltafile", push.errorCode());
    assertTrue(
        push.json().getString("detail").contains("'deltas' is a required property"),
        push::toString);

    try (var db = TestServer.database();
        var q =
            db.prepareStatement(
                "SELECT deltafile, CAST(deltafile_id AS text), user_agent, traceback"
                    + " FROM core_faultydeltafile WHERE project_id = ?::uuid")) {
      q.setString(1, project);
      try (var rows = q.executeQuery()) {
        assertTrue(rows.next(), "no faulty deltafile stored");
        String key = rows.getString(1);
        assertTrue(key.startsWith("projects/" + project + "/deltafiles/"), key);
        assertTrue(key.endsWith("-" + fixture.getString("id") + ".json"), key);
        assertEquals(fixture.getString("id"), rows.getString(2));
        assertEquals("QFieldCloudTestClient/1.0", rows.getString(3));
        assertTrue(rows.getString(4).contains("'deltas' is a required property"));
        assertArrayEquals(upload.getBytes(StandardCharsets.UTF_8), TestServer.objectBytes(key));
        assertFalse(rows.next(), "exactly one faulty deltafile");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(
        0,
        DeltaProjects.count("SELECT count(*) FROM core_delta WHERE project_id = ?::uuid", project));
  }

  @Test
  void brokenUploadsGetClearAnswers() {
    String project = DeltaProjects.withQgisFile(owner);
    ApiClient api = owner.api();

    ApiResponse notJson = Deltafiles.pushAsQField(api, project, "{\"deltas\": [");
    assertEquals(400, notJson.status(), notJson::toString);
    assertEquals("invalid_deltafile", notJson.errorCode());
    assertEquals(
        1,
        DeltaProjects.count(
            "SELECT count(*) FROM core_faultydeltafile WHERE project_id = ?::uuid"
                + " AND deltafile_id IS NULL AND deltafile LIKE '%-unknown.json'",
            project));

    String other = "2f221069-59f6-40d2-b7d6-0f454380c2ed";
    JsonObject elsewhere =
        Deltafiles.forProject("singlelayer_singledelta.json", other, new Deltafiles.Ids());
    ApiResponse mismatch = Deltafiles.pushAsQField(api, project, elsewhere.toString());
    assertEquals(400, mismatch.status(), mismatch::toString);
    assertEquals("invalid_deltafile", mismatch.errorCode());
    assertEquals(
        "Deltafile's project id ("
            + other
            + ") doesn't match URL parameter project id ("
            + project
            + ").",
        mismatch.json().getString("detail"));

    ApiResponse noFile = api.postMultipart("deltas/" + project, Map.of("text", "{}"));
    assertEquals(400, noFile.status(), noFile::toString);
    assertEquals("empty_content", noFile.errorCode());
    ApiResponse noBody = api.postForm("deltas/" + project, Map.of());
    assertEquals(400, noBody.status(), noBody::toString);
    assertEquals("empty_content", noBody.errorCode());

    String bare = Projects.create(api, owner.username(), false);
    JsonObject forBare =
        Deltafiles.forProject("singlelayer_singledelta.json", bare, new Deltafiles.Ids());
    ApiResponse noQgis = Deltafiles.pushAsQField(api, bare, forBare.toString());
    assertEquals(400, noQgis.status(), noQgis::toString);
    assertEquals("no_qgis_project", noQgis.errorCode());
    assertEquals(400, api.postForm("deltas/apply/" + bare, Map.of()).status());

    ApiResponse unknown =
        Deltafiles.pushAsQField(api, "7c77388e-f902-43b9-8016-4e44c5394f66", forBare.toString());
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals(
        0,
        DeltaProjects.count("SELECT count(*) FROM core_delta WHERE project_id = ?::uuid", project));
  }

  @Test
  void readersAndStrangersCannotSeeOrSendDeltas() {
    String project = DeltaProjects.withQgisFile(owner);
    Person reader = Accounts.person("reader");
    owner
        .api()
        .postForm(
            "collaborators/" + project,
            Map.of("collaborator", reader.username(), "role", "reader"));
    JsonObject file =
        Deltafiles.forProject("singlelayer_singledelta.json", project, new Deltafiles.Ids());
    ApiResponse push = Deltafiles.pushAsQField(reader.api(), project, file.toString());
    assertEquals(403, push.status(), push::toString);
    assertEquals(403, reader.api().get("deltas/" + project).status());
    assertEquals(
        0,
        DeltaProjects.count(
            "SELECT count(*) FROM core_faultydeltafile WHERE project_id = ?::uuid", project));

    Accounts.sql(
        "UPDATE project_project SET project_type = 'template' WHERE id = ?::uuid", project);
    assertEquals(403, owner.api().get("deltas/" + project).status());
    assertEquals(403, Deltafiles.pushAsQField(owner.api(), project, file.toString()).status());
  }

  @Test
  void applyTakesOnlyPendingDeltasNoActiveJobCarries() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject file =
        Deltafiles.forProject("singlelayer_multidelta.json", project, new Deltafiles.Ids());
    assertEquals(200, Deltafiles.pushAsQField(owner.api(), project, file.toString()).status());
    int count = file.getJsonArray("deltas").size();

    // The upload's job still carries them: applying again makes nothing new.
    ApiResponse apply = owner.api().postForm("deltas/apply/" + project, Map.of());
    assertEquals(200, apply.status(), apply::toString);
    assertEquals("", apply.body());
    assertEquals(
        1,
        DeltaProjects.count("SELECT count(*) FROM core_job WHERE project_id = ?::uuid", project));

    // That job failed before its worker saw the deltas (they are still pending): apply again.
    Accounts.sql(
        "UPDATE core_job SET status = 'failed', finished_at = now() WHERE project_id = ?::uuid"
            + " AND status = 'pending'",
        project);
    Accounts.sql(
        "UPDATE core_applyjobdelta SET status = 'error' WHERE apply_job_id IN"
            + " (SELECT id FROM core_job WHERE project_id = ?::uuid)",
        project);
    assertEquals(200, owner.api().postForm("deltas/apply/" + project, Map.of()).status());
    assertEquals(
        2,
        DeltaProjects.count("SELECT count(*) FROM core_job WHERE project_id = ?::uuid", project));
    assertEquals(
        count,
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta a JOIN core_job j ON j.id = a.apply_job_id"
                + " WHERE j.project_id = ?::uuid AND j.status <> 'failed'",
            project));
  }

  @Test
  void aDeltaApplyJobTriggeredThroughTheJobsApiCarriesThePendingDeltas() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject file =
        Deltafiles.forProject("singlelayer_multidelta.json", project, new Deltafiles.Ids());
    assertEquals(200, Deltafiles.pushAsQField(owner.api(), project, file.toString()).status());
    // The upload's job failed before its worker saw the deltas: they are pending again.
    Accounts.sql(
        "UPDATE core_job SET status = 'failed', finished_at = now() WHERE project_id = ?::uuid",
        project);

    ApiResponse trigger =
        owner.api().postForm("jobs", Map.of("project_id", project, "type", "delta_apply"));
    assertEquals(201, trigger.status(), trigger::toString);
    String job = trigger.json().getString("id");
    assertEquals(
        file.getJsonArray("deltas").size(),
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta WHERE apply_job_id = ?::uuid", job));

    ApiResponse again =
        owner.api().postForm("jobs", Map.of("project_id", project, "type", "delta_apply"));
    assertEquals(201, again.status(), again::toString);
    assertEquals(
        0,
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta WHERE apply_job_id = ?::uuid",
            again.json().getString("id")),
        "the first job still carries them");
  }

  @Test
  void moreThanAThousandDeltasGoIntoDisjointJobs() {
    String project = DeltaProjects.withQgisFile(owner);
    JsonObject file = Deltafiles.creates(project, 1001);
    ApiResponse push = Deltafiles.pushAsSdk(owner.api(), project, file.toString());
    assertEquals(200, push.status(), push::toString);
    assertEquals(
        2,
        DeltaProjects.count("SELECT count(*) FROM core_job WHERE project_id = ?::uuid", project));
    assertEquals(
        1001,
        DeltaProjects.count(
            "SELECT count(DISTINCT a.delta_id) FROM core_applyjobdelta a"
                + " JOIN core_job j ON j.id = a.apply_job_id WHERE j.project_id = ?::uuid",
            project));
    assertEquals(
        1001,
        DeltaProjects.count(
            "SELECT count(*) FROM core_applyjobdelta a"
                + " JOIN core_job j ON j.id = a.apply_job_id WHERE j.project_id = ?::uuid",
            project));
    assertEquals(
        1000,
        DeltaProjects.count(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM core_applyjobdelta a"
                + " JOIN core_job j ON j.id = a.apply_job_id WHERE j.project_id = ?::uuid"
                + " GROUP BY a.apply_job_id) c",
            project));
  }

  static {
    TestServer.url(); // fail early with a clear message outside ./fieldcloud test
  }
}

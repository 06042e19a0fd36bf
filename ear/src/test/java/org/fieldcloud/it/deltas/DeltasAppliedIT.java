package org.fieldcloud.it.deltas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The whole way, as QField syncs: the fixture project (project.qgs, testdata.gpkg) uploaded through
 * the files API, a deltafile pushed, the queue running the delta_apply job in a worker container,
 * and QField's poll seeing the final status; the GeoPackage gets a new version only when a delta
 * was applied.
 */
class DeltasAppliedIT {

  private static final Set<String> WAITING = Set.of("STATUS_PENDING", "STATUS_BUSY");
  private static final Duration MAX_WAIT = Duration.ofMinutes(10);

  @Test
  void aPatchIsAppliedToTheGeoPackage() throws Exception {
    Person owner = Accounts.person("applied");
    String project = uploadedFixtureProject(owner);
    String before = sha256(owner, project, "testdata.gpkg");

    JsonObject file =
        Deltafiles.forProject("singlelayer_singledelta.json", project, new Deltafiles.Ids());
    assertEquals(200, Deltafiles.pushAsQField(owner.api(), project, file.toString()).status());
    JsonObject delta = awaitFinal(owner, project, file.getString("id"));

    assertEquals("STATUS_APPLIED", delta.getString("status"), delta::toString);
    assertEquals("applied", delta.getString("last_status"));
    assertEquals("status_applied", delta.getJsonObject("last_feedback").getString("status"));
    assertTrue(delta.getString("output").startsWith("{'msg': "), delta::toString);
    assertEquals("applied", jobRowStatus(delta.getString("id")));
    assertNotEquals(before, sha256(owner, project, "testdata.gpkg"));
  }

  @Test
  void aConflictWithoutOverwriteLeavesTheDataUntouched() throws Exception {
    Person owner = Accounts.person("conflict");
    String project = uploadedFixtureProject(owner);
    Accounts.sql(
        "UPDATE project_project SET overwrite_conflicts = false WHERE id = ?::uuid", project);
    String before = sha256(owner, project, "testdata.gpkg");

    JsonObject file =
        Deltafiles.forProject(
            "singlelayer_singledelta_conflict.json", project, new Deltafiles.Ids());
    assertEquals(200, Deltafiles.pushAsQField(owner.api(), project, file.toString()).status());
    JsonObject delta = awaitFinal(owner, project, file.getString("id"));

    assertEquals("STATUS_CONFLICT", delta.getString("status"), delta::toString);
    assertEquals("conflict", jobRowStatus(delta.getString("id")));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_job WHERE project_id = ?::uuid AND type = 'delta_apply'"
                + " AND overwrite_conflicts = false AND status = 'finished'",
            project));
    assertEquals(before, sha256(owner, project, "testdata.gpkg"));
  }

  /** A project with the reference's delta fixture files, its project file processed. */
  private static String uploadedFixtureProject(Person owner) throws Exception {
    String project = Projects.create(owner.api(), owner.username(), false);
    var folder = Deltafiles.folder().getParent();
    for (String name : new String[] {"testdata.gpkg", "project.qgs"}) {
      ApiResponse up =
          owner
              .api()
              .postFile(
                  "files/" + project + "/" + name,
                  "file",
                  name,
                  Files.readAllBytes(folder.resolve(name)));
      assertTrue(up.status() == 200 || up.status() == 201, up::toString);
    }
    awaitNoActiveJob(project);
    return project;
  }

  private static void awaitNoActiveJob(String project) throws InterruptedException {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    while (Accounts.queryLong(
            "SELECT count(*) FROM core_job WHERE project_id = ?::uuid"
                + " AND status IN ('pending', 'queued', 'started')",
            project)
        > 0) {
      assertTrue(System.nanoTime() < deadline, "the project's jobs did not end");
      Thread.sleep(500);
    }
  }

  /** QField's poll: GET deltas/<project>/<deltafile>/ until no delta is pending or busy. */
  private static JsonObject awaitFinal(Person owner, String project, String deltafileId)
      throws InterruptedException {
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    while (true) {
      var deltas = owner.api().get("deltas/" + project + "/" + deltafileId).jsonArray();
      assertEquals(1, deltas.size());
      JsonObject delta = deltas.getJsonObject(0);
      if (!WAITING.contains(delta.getString("status"))) {
        return delta;
      }
      assertTrue(System.nanoTime() < deadline, () -> "still waiting: " + delta);
      Thread.sleep(1000);
    }
  }

  private static String jobRowStatus(String deltaId) {
    try (var db = TestServer.database();
        var q =
            db.prepareStatement("SELECT status FROM core_applyjobdelta WHERE delta_id = ?::uuid")) {
      q.setString(1, deltaId);
      try (var rows = q.executeQuery()) {
        assertTrue(rows.next());
        return rows.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(Person owner, String project, String name) {
    for (JsonValue f : owner.api().get("files/" + project).jsonArray()) {
      JsonObject file = f.asJsonObject();
      if (file.getString("name").equals(name)) {
        return file.getString("sha256");
      }
    }
    throw new AssertionError(name + " not in the project's files");
  }
}

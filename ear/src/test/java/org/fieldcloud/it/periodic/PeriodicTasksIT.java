package org.fieldcloud.it.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The periodic tasks of model.md 3 (issue 10), seen as users see them: package objects gone from
 * S3, version lists shorter, a job output replaced by a note, a stale job failed with a clear
 * output. The hourly and daily tasks are run through the test server's trigger ({@code POST
 * test/periodic-tasks/<task>/}, enabled only by {@code ./fieldcloud test}); stale jobs are ended by
 * the job queue's recovery timer, which runs every minute anyway.
 */
class PeriodicTasksIT {

  private static ApiResponse run(String task) {
    ApiResponse ran = Accounts.admin().postForm("test/periodic-tasks/" + task, Map.of());
    assertEquals(200, ran.status(), ran::toString);
    assertEquals(task, ran.json().getString("task"));
    return ran;
  }

  @Test
  void obsoletePackagesLeaveTheStorageButNotTheLatestNorARunningOne() throws Exception {
    Person ada = Accounts.person("pkada");
    Person bob = Accounts.person("pkbob");
    String project = project(ada);
    assertEquals(
        201,
        ada.api()
            .postForm(
                "collaborators/" + project,
                Map.of("collaborator", bob.username(), "role", "reader"))
            .status());

    String bobs = packaged(project, bob, "bob.gpkg", true);
    String older = packaged(project, ada, "older.gpkg", true);
    String latest = packaged(project, ada, "latest.gpkg", true);
    assertEquals(204, ada.api().delete("collaborators/" + project + "/" + bob.username()).status());
    String running = packaged(project, ada, "running.gpkg", false);

    run("obsolete-packages");

    assertEquals(List.of(), keys(project, older), "an older package of the same person goes");
    assertEquals(List.of(), keys(project, bobs), "the package of a person without a role goes");
    assertEquals(1, keys(project, latest).size(), "the project's latest package stays");
    assertEquals(1, keys(project, running).size(), "a running package job's files stay");
    assertEquals(
        0,
        Accounts.queryLong(
            "SELECT count(*) FROM packages_packagefile WHERE job_id IN (?::uuid, ?::uuid)",
            older,
            bobs));
    JsonObject package_ = ada.api().get("packages/" + project + "/latest/").json();
    assertEquals(latest, package_.getString("package_id"));
    assertEquals(
        200, ada.api().getBytes("packages/" + project + "/latest/files/latest.gpkg").statusCode());
    Accounts.sql(
        "UPDATE core_job SET status = 'failed', finished_at = now() WHERE id = ?::uuid", running);
  }

  @Test
  void versionsBeyondTheOwnersPlanGoWhenThePlanChanges() throws Exception {
    Person ada = Accounts.person("vrada");
    String project = project(ada);
    for (int i = 1; i <= 4; i++) {
      var up =
          ada.api()
              .postFile(
                  "files/" + project + "/notes.txt",
                  "file",
                  "notes.txt",
                  ("version " + i).getBytes(StandardCharsets.UTF_8));
      assertEquals(201, up.status(), up::toString);
    }
    assertEquals(4, versions(ada, project).size(), "the default plan keeps 10");

    switchPlan(ada.username(), plan(2, false));
    run("old-file-versions");
    List<String> kept = versions(ada, project);
    assertEquals(2, kept.size());
    assertEquals(2, eventuallyObjects("projects/" + project + "/files/", 2).size());
    assertEquals(
        "version 4".length() + "version 3".length(),
        ada.api()
            .get("subscriptions/" + ada.username() + "/current/")
            .json()
            .getJsonNumber("storage_used_bytes")
            .longValue(),
        "storage use is recounted");

    // On a premium plan the project's own number counts (model.md 1.2.1).
    switchPlan(ada.username(), plan(5, true));
    Accounts.sql(
        "UPDATE project_project SET storage_keep_versions = 1 WHERE id = ?::uuid", project);
    run("old-file-versions");
    assertEquals(1, versions(ada, project).size());
    var newest = ada.api().getBytes("files/" + project + "/notes.txt");
    assertEquals("version 4", new String(newest.body(), StandardCharsets.UTF_8));
  }

  @Test
  void jobOutputsPastTheirRetentionAreReplacedByANote() {
    Person ada = Accounts.person("joada");
    String project = project(ada);
    String old = endedJob(ada, project, "the old log", "100 days");
    String recent = endedJob(ada, project, "the recent log", "1 day");

    run("job-outputs");

    JsonObject oldJob = ada.api().get("jobs/" + old).json();
    assertEquals(
        "The output of this job was removed after the retention period of 90 days.",
        oldJob.getString("output"));
    assertTrue(oldJob.getJsonObject("feedback").getBoolean("kept"), "the feedback stays");
    assertEquals("the recent log", ada.api().get("jobs/" + recent).json().getString("output"));
  }

  @Test
  void aStaleJobOfADeadNodeEndsFailedAndAQueuedOneGoesBackToTheQueue() throws Exception {
    Person ada = Accounts.person("stada");
    String project = project(ada);
    String stale = UUID.randomUUID().toString();
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, triggered_by_id, created_by_id,"
            + " node_id, started_at, created_at) SELECT ?::uuid, ?::uuid, 'package', 'started',"
            + " u.id, u.id, 'it-dead-node', now() - interval '2 hours', now() - interval '2 hours'"
            + " FROM core_user u WHERE u.username = ?",
        stale,
        project,
        ada.username());
    String held = project(ada);
    Accounts.sql("UPDATE project_project SET locked_at = now() WHERE id = ?::uuid", held);
    String queued = UUID.randomUUID().toString();
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, triggered_by_id, created_by_id,"
            + " node_id, created_at, updated_at) SELECT ?::uuid, ?::uuid, 'package', 'queued',"
            + " u.id, u.id, 'it-dead-node', now() - interval '2 hours',"
            + " now() - interval '2 hours' FROM core_user u WHERE u.username = ?",
        queued,
        held,
        ada.username());

    // The queue's recovery runs every minute (fieldcloud.jobs.recovery-interval-seconds).
    JsonObject failed = awaitStatus(ada.api(), stale, Set.of("failed"), Duration.ofSeconds(150));
    assertTrue(
        failed.getString("output").startsWith("Job unexpectedly terminated"), failed::toString);
    assertEquals(
        "Job unexpectedly terminated.", failed.getJsonObject("feedback").getString("error"));
    assertEquals(-2, failed.getJsonObject("feedback").getInt("container_exit_code"));
    assertFalse(failed.isNull("finished_at"));
    assertFalse(
        ada.api().get("projects/" + project).json().getString("status").equals("busy"),
        "the project is free again");
    awaitStatus(ada.api(), queued, Set.of("pending"), Duration.ofSeconds(150));
    Accounts.sql("DELETE FROM core_job WHERE id = ?::uuid", queued);
  }

  @Test
  void onlyStaffRunsATaskAndOnlyAKnownOne() {
    Person ada = Accounts.person("trada");
    ApiResponse refused = ada.api().postForm("test/periodic-tasks/job-outputs", Map.of());
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("permission_denied", refused.errorCode());
    ApiResponse unknown = Accounts.admin().postForm("test/periodic-tasks/everything", Map.of());
    assertEquals(404, unknown.status(), unknown::toString);
  }

  private static String project(Person owner) {
    ApiResponse created =
        owner.api().postForm("projects", Map.of("name", Accounts.unique("pt"), "is_public", "0"));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  /**
   * A package job of {@code person} whose worker uploaded one file, made as the queue and the
   * worker make them (the job row, a worker token, the upload API); ended finished unless {@code
   * ended} is false. Ended directly in the database, so no clean-up after it ran.
   */
  private static String packaged(String project, Person person, String file, boolean ended)
      throws IOException {
    String job = UUID.randomUUID().toString();
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, triggered_by_id, created_by_id,"
            + " started_at) SELECT ?::uuid, ?::uuid, 'package', 'started', u.id, u.id, now()"
            + " FROM core_user u WHERE u.username = ?",
        job,
        project,
        person.username());
    String key = "worker-" + UUID.randomUUID().toString().replace("-", "");
    Accounts.sql(
        "INSERT INTO authentication_authtoken (user_id, key, expires_at, client_type)"
            + " SELECT u.id, ?, now() + interval '1 hour', 'worker' FROM core_user u"
            + " WHERE u.username = ?",
        key,
        person.username());
    ApiClient worker = ApiClient.anonymous().withToken(key).withUserAgent("fieldcloud-worker");
    ApiResponse upload =
        worker.postFile(
            "packages/" + project + "/" + job + "/files/" + file,
            "file",
            file,
            ("package of " + person.username()).getBytes(StandardCharsets.UTF_8));
    assertEquals(201, upload.status(), upload::toString);
    if (ended) {
      Accounts.sql(
          "UPDATE core_job SET status = 'finished', finished_at = now(), feedback = ?"
              + " WHERE id = ?::uuid",
          feedback(),
          job);
    }
    return job;
  }

  private static String feedback() throws IOException {
    try (InputStream in =
        PeriodicTasksIT.class.getResourceAsStream("/feedback/package_simple_bee_farming.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> keys(String project, String job) {
    return TestServer.objectKeys("projects/" + project + "/packages/" + job + "/");
  }

  private static List<String> versions(Person owner, String project) {
    return owner
        .api()
        .get("files/metadata/" + project + "/notes.txt")
        .json()
        .getJsonArray("versions")
        .stream()
        .map(v -> v.asJsonObject().getString("md5sum"))
        .toList();
  }

  private static List<String> eventuallyObjects(String prefix, int expected)
      throws InterruptedException {
    List<String> keys = TestServer.objectKeys(prefix);
    for (int i = 0; i < 50 && keys.size() != expected; i++) {
      Thread.sleep(100);
      keys = TestServer.objectKeys(prefix);
    }
    return keys;
  }

  private static String endedJob(Person owner, String project, String output, String age) {
    String job = UUID.randomUUID().toString();
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, triggered_by_id, created_by_id,"
            + " output, feedback, started_at, finished_at, created_at) SELECT ?::uuid, ?::uuid,"
            + " 'package', 'finished', u.id, u.id, ?, '{\"kept\": true}',"
            + " now() - CAST(? AS interval), now() - CAST(? AS interval),"
            + " now() - CAST(? AS interval) FROM core_user u WHERE u.username = ?",
        job,
        project,
        output,
        age,
        age,
        age,
        owner.username());
    return job;
  }

  /** A person plan keeping {@code versions} versions per file; returns its code. */
  private static String plan(int versions, boolean premium) {
    String code = Accounts.unique("keep");
    Accounts.sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status, storage_keep_versions, is_premium)"
            + " VALUES (?, 1, ?, 10, 2000000, 1000000, 'active_paid', ?, ?)",
        code,
        code,
        versions,
        premium);
    return code;
  }

  private static void switchPlan(String account, String planCode) {
    int changed =
        Accounts.sql(
            "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p,"
                + " core_user u WHERE p.code = ? AND u.username = ? AND s.account_id = u.id"
                + " AND s.active_since <= now() AND s.active_until IS NULL",
            planCode,
            account);
    assertEquals(1, changed, "the account has one open subscription");
  }

  private static JsonObject awaitStatus(
      ApiClient api, String jobId, Set<String> statuses, Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    JsonObject job;
    do {
      job = api.get("jobs/" + jobId).json();
      if (statuses.contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("job " + jobId + " still " + job.getString("status") + ": " + job);
  }
}

package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff find deltas that did not apply and re-apply or ignore them (issue 9, model.md 2.8). The
 * deltas are uploaded through the API; the outcome of their first apply job is written into the
 * database as a worker would report it (DeltasAppliedIT runs real workers), and the project is
 * locked so that the queue leaves the new apply job as the console made it.
 */
class AdminDeltasBrowserIT {

  private AdminBrowser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new AdminBrowser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void staffReappliesAConflictedDeltaAndIgnoresAFailedOne() throws Exception {
    Accounts.Person owner = Accounts.person("deltaowner");
    String project = Projects.create(owner.api(), owner.username(), false);
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs', locked_at = now()"
            + " WHERE id = ?::uuid",
        project);
    String deltafileId = UUID.randomUUID().toString();
    List<String> deltas = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    var pushed =
        owner
            .api()
            .postFile(
                "deltas/" + project,
                "file",
                "deltafile.json",
                deltafile(project, deltafileId, deltas).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, pushed.status(), pushed::toString);
    String conflicted = deltas.get(0);
    String failed = deltas.get(1);
    String firstJob = reportFirstApplyJob(project, conflicted, failed);

    browser.open("deltas.xhtml");
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.wait.until(ExpectedConditions.urlContains("/admin/deltas.xhtml"));
    browser.type(By.id("list:project"), project);
    browser.click(By.id("list:status"));
    browser.click(By.cssSelector("li[data-label='conflict']"));
    browser.click(By.id("list:go"));
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.delta-link"), 1));
    assertEquals(conflicted, browser.driver.findElement(By.cssSelector("a.delta-link")).getText());
    browser.screenshot("admin-deltas-conflict");

    // The delta, its feedback, and the output of the job that tried it.
    browser.click(By.cssSelector("a.delta-link"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("delta:delta-id"), conflicted));
    assertEquals("conflict", browser.driver.findElement(By.id("delta:status")).getText());
    assertEquals("create", browser.driver.findElement(By.id("delta:method")).getText());
    assertTrue(browser.driver.findElement(By.id("feedback")).getText().contains("status_conflict"));
    assertTrue(browser.driver.findElement(By.id("content")).getText().contains("\"clientId\""));
    assertEquals(firstJob, browser.driver.findElement(By.id("delta:latest-job")).getText());
    assertTrue(
        browser.driver.findElement(By.id("output")).getText().contains("Conflict on feature 1"));
    browser.screenshot("admin-delta-conflict");

    // Re-apply asks first, then starts an apply job for this delta alone.
    browser.click(By.id("delta:reapply"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
    browser.screenshot("admin-delta-reapply-confirmation");
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("Delta application started: apply job");
    browser.wait.until(ExpectedConditions.textToBe(By.id("delta:status"), "pending"));
    browser.screenshot("admin-delta-reapplied");
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_job j JOIN core_applyjobdelta a ON a.apply_job_id = j.id"
                + " JOIN core_user u ON u.id = j.created_by_id WHERE a.delta_id = ?::uuid"
                + " AND j.type = 'delta_apply' AND j.status = 'pending' AND a.status = 'pending'"
                + " AND u.username = ?",
            conflicted,
            TestServer.env("FIELDCLOUD_ADMIN_USERNAME")));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_applyjobdelta a JOIN core_job j ON j.id = a.apply_job_id"
                + " WHERE j.project_id = ?::uuid AND j.status = 'pending'",
            project),
        "the new job carries the re-applied delta only");
    // The new job is now the latest in the delta's list of apply jobs.
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.apply-job-link"), 2));

    // Ignore the failed one from the list: tick it, and confirm.
    browser.open("deltas.xhtml?project=" + project);
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.delta-link"), 2));
    browser.click(By.cssSelector("input.select-delta[value='" + failed + "']"));
    browser.click(By.id("list:ignore-selected"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("1 delta ignored");
    browser.screenshot("admin-deltas-ignored");

    // What QField sees when it polls.
    Map<String, String> statuses = new HashMap<>();
    for (JsonValue d : owner.api().get("deltas/" + project + "/" + deltafileId).jsonArray()) {
      statuses.put(d.asJsonObject().getString("id"), d.asJsonObject().getString("status"));
    }
    assertEquals(Map.of(conflicted, "STATUS_PENDING", failed, "STATUS_IGNORED"), statuses);

    // Both as a deltafile, and the new apply job's deltas as one (the reference's downloads).
    JsonObject both =
        downloadJson(
            "deltas/deltafile?delta=" + failed + "&delta=" + conflicted,
            "deltas_" + project + ".json");
    assertEquals(project, both.getString("project"));
    assertEquals("1.0", both.getString("version"));
    assertEquals(
        List.of(conflicted, failed),
        both.getJsonArray("deltas").stream().map(d -> d.asJsonObject().getString("uuid")).toList(),
        "in arrival order");
    browser.open("delta.xhtml?id=" + conflicted);
    browser.click(By.id("delta:latest-job"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job:deltas")));
    assertTrue(browser.driver.findElement(By.id("job:deltas")).getText().contains(conflicted));
    browser.screenshot("admin-apply-job-deltas");
    String href = browser.driver.findElement(By.id("job:download-deltafile")).getAttribute("href");
    JsonObject ofJob =
        downloadJson(
            href.substring(href.indexOf("/admin/") + "/admin/".length()),
            "applyjob_deltas_" + project + ".json");
    assertEquals(1, ofJob.getJsonArray("deltas").size());
  }

  private JsonObject downloadJson(String page, String fileName) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(TestServer.url().resolve("/admin/" + page))
                    .header("Cookie", browser.sessionCookie())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains(fileName),
        response.headers()::toString);
    try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void reapplyingWithoutAProjectFileIsRefusedWithAMessage() throws Exception {
    Accounts.Person owner = Accounts.person("deltanofile");
    String project = Projects.create(owner.api(), owner.username(), false);
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs', locked_at = now()"
            + " WHERE id = ?::uuid",
        project);
    String delta = UUID.randomUUID().toString();
    var pushed =
        owner
            .api()
            .postFile(
                "deltas/" + project,
                "file",
                "deltafile.json",
                deltafile(project, UUID.randomUUID().toString(), List.of(delta))
                    .getBytes(StandardCharsets.UTF_8));
    assertEquals(200, pushed.status(), pushed::toString);
    reportFirstApplyJob(project, delta, null);
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = NULL WHERE id = ?::uuid", project);

    browser.open("delta.xhtml?id=" + delta);
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("delta:delta-id"), delta));
    browser.click(By.id("delta:reapply"));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("Missing project file");
    browser.screenshot("admin-delta-reapply-refused");
    assertEquals("conflict", browser.driver.findElement(By.id("delta:status")).getText());
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_delta WHERE id = ?::uuid AND last_status = 'conflict'",
            delta));
  }

  /** Two create deltas of one client. */
  private static String deltafile(String project, String id, List<String> deltaIds) {
    String client = UUID.randomUUID().toString();
    JsonArrayBuilder deltas = Json.createArrayBuilder();
    int i = 0;
    for (String deltaId : deltaIds) {
      deltas.add(
          Json.createObjectBuilder()
              .add("uuid", deltaId)
              .add("clientId", client)
              .add("localPk", Integer.toString(100 + i))
              .add("sourcePk", "")
              .add("localLayerId", "points")
              .add("sourceLayerId", "points")
              .add("method", "create")
              .add(
                  "new",
                  Json.createObjectBuilder()
                      .add("geometry", "Point (" + i + " 1)")
                      .add("attributes", Json.createObjectBuilder().add("int", i))));
      i++;
    }
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("project", project)
        .add("id", id)
        .add("files", Json.createArrayBuilder())
        .add("deltas", deltas)
        .build()
        .toString();
  }

  /**
   * Ends the apply job the upload started as a worker would report it: {@code conflicted} in
   * conflict, {@code failed} (when given) not applied. Returns the job's id.
   */
  private static String reportFirstApplyJob(String project, String conflicted, String failed) {
    String job =
        queryString(
            "SELECT CAST(id AS text) FROM core_job WHERE project_id = ?::uuid"
                + " AND type = 'delta_apply'",
            project);
    JsonObject conflict =
        Json.createObjectBuilder()
            .add("status", "status_conflict")
            .add("msg", "Conflict on feature 1")
            .build();
    Accounts.sql(
        "UPDATE core_job SET status = 'finished', started_at = now(), finished_at = now(),"
            + " output = ?, feedback = '{}' WHERE id = ?::uuid",
        "Applying 2 deltas\nConflict on feature 1: the attribute changed on the server",
        job);
    Accounts.sql(
        "UPDATE core_applyjobdelta SET status = 'conflict', feedback = ? WHERE delta_id = ?::uuid",
        conflict.toString(),
        conflicted);
    Accounts.sql(
        "UPDATE core_delta SET last_status = 'conflict', last_feedback = ? WHERE id = ?::uuid",
        conflict.toString(),
        conflicted);
    if (failed != null) {
      Accounts.sql(
          "UPDATE core_applyjobdelta SET status = 'not_applied' WHERE delta_id = ?::uuid", failed);
      Accounts.sql(
          "UPDATE core_delta SET last_status = 'not_applied',"
              + " last_feedback = '{\"status\": \"status_apply_failed\"}' WHERE id = ?::uuid",
          failed);
    }
    return job;
  }

  private static String queryString(String query, String param) {
    try (var db = TestServer.database();
        var q = db.prepareStatement(query)) {
      q.setString(1, param);
      try (var row = q.executeQuery()) {
        assertTrue(row.next(), query);
        return row.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.fieldcloud.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestMailServer;
import org.fieldcloud.jobs.infrastructure.runner.DockerTestImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Delta and job events reach the daily digest (issue 10): an editor pushes a deltafile as QField
 * does, the delta_apply job it starts fails (a test worker that exits 3, through the test overrides
 * of the project description), and the owner's daily digest lists both "editor uploaded 1 delta on
 * project" and "delta_apply job failed on project". The editor, the actor of the upload, is told
 * only about the job.
 */
class DeltaAndJobDigestIT {

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp = TestMailServer.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void theDailyDigestListsUploadedDeltasAndTheFailedJob() throws Exception {
    Person owner = Accounts.person("dgowner");
    Person editor = Accounts.person("dgeditor");
    String projectName = Accounts.unique("dgp");
    ApiResponse created =
        owner
            .api()
            .postForm(
                "projects",
                Map.of(
                    "name",
                    projectName,
                    "is_public",
                    "1",
                    "description",
                    "fieldcloud-test-image: "
                        + DockerTestImage.build()
                        + "\nfieldcloud-test-command: exit 3"));
    assertEquals(201, created.status(), created::toString);
    String project = created.json().getString("id");
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs' WHERE id = ?",
        UUID.fromString(project));
    ApiResponse added =
        owner
            .api()
            .postForm(
                "collaborators/" + project,
                Map.of("collaborator", editor.username(), "role", "editor"));
    assertEquals(201, added.status(), added::toString);
    Accounts.sql(
        "UPDATE core_useraccount a SET notifs_frequency = interval '1 day' FROM core_user u"
            + " WHERE u.id = a.user_id AND u.username = ?",
        owner.username());

    ApiResponse pushed = pushAsQField(editor.api(), project, deltafile(project));
    assertEquals(200, pushed.status(), pushed::toString);
    String job = awaitApplyJobEnd(owner.api(), project);
    assertEquals("failed", owner.api().get("jobs/" + job).json().getString("status"));

    assertEquals(
        List.of(
            editor.username() + " uploaded 1 delta on " + projectName,
            "delta_apply job failed on " + projectName),
        pendingOf(owner.username()),
        "the owner hears of the upload and of the job");
    assertEquals(
        List.of(
            owner.username() + " added " + editor.username() + " on " + projectName,
            "delta_apply job failed on " + projectName),
        pendingOf(editor.username()),
        "the editor is not told of their own upload, but of the job");

    // A day later (the oldest event backdated), the digest timer sends one mail.
    Accounts.sql(
        "UPDATE notifications_notification n SET timestamp = now() - interval '25 hours'"
            + " FROM core_user u WHERE u.id = n.recipient_id AND u.username = ?",
        owner.username());
    MimeMessage digest = awaitMailTo(owner.email(), Duration.ofSeconds(150));
    assertEquals("New activity on QFieldCloud", digest.getSubject());
    String body = plainText(digest);
    assertTrue(
        body.contains(editor.username() + " uploaded 1 delta on " + projectName + " 1 day ago"),
        body);
    assertTrue(body.contains("delta_apply job failed on " + projectName + " 1 day ago"), body);
    assertEquals(List.of(), pendingOf(owner.username()), "all of them are e-mailed");
  }

  /** A deltafile with one create delta, as QField makes it. */
  private static String deltafile(String project) {
    JsonObject delta =
        Json.createObjectBuilder()
            .add("uuid", UUID.randomUUID().toString())
            .add("clientId", UUID.randomUUID().toString())
            .add("localPk", "10001")
            .add("sourcePk", "")
            .add("localLayerId", "points")
            .add("sourceLayerId", "points")
            .add("method", "create")
            .add(
                "new",
                Json.createObjectBuilder()
                    .add("geometry", "Point (7 46)")
                    .add("attributes", Json.createObjectBuilder().add("int", 1)))
            .build();
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("project", project)
        .add("id", UUID.randomUUID().toString())
        .add("files", Json.createArrayBuilder())
        .add("deltas", Json.createArrayBuilder().add(delta))
        .build()
        .toString();
  }

  private static ApiResponse pushAsQField(ApiClient api, String project, String deltafile) {
    return api.withUserAgent("qfield|3.5.2|local|c5d7b1a|android|14 QGIS/34003/Linux")
        .postParts(
            "deltas/" + project,
            List.of(
                new ApiClient.Part(
                    "text", null, "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                new ApiClient.Part(
                    "file",
                    "qt_temp.Xa1b2c",
                    "application/json",
                    deltafile.getBytes(StandardCharsets.UTF_8))));
  }

  private static String awaitApplyJobEnd(ApiClient api, String project) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      for (var job : api.get("jobs/?project_id=" + project).jsonArray()) {
        JsonObject j = job.asJsonObject();
        if (j.getString("type").equals("delta_apply")
            && Set.of("finished", "failed").contains(j.getString("status"))) {
          return j.getString("id");
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the delta_apply job did not end");
  }

  /** The person's notifications still to be e-mailed, as the digest words them (without age). */
  private static List<String> pendingOf(String username) {
    try (var db = org.fieldcloud.it.support.TestServer.database();
        var q =
            db.prepareStatement(
                "SELECT n.actor_name || ' ' || n.verb"
                    + " || COALESCE(' ' || n.action_object_name, '')"
                    + " || COALESCE(' on ' || n.target_name, '')"
                    + " FROM notifications_notification n JOIN core_user u"
                    + " ON u.id = n.recipient_id WHERE u.username = ?"
                    + " AND n.unread AND NOT n.emailed ORDER BY n.timestamp, n.id")) {
      q.setString(1, username);
      List<String> lines = new java.util.ArrayList<>();
      try (var rows = q.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
      return lines;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage awaitMailTo(String email, Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (Arrays.stream(message.getAllRecipients())
            .anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
          return message;
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no digest to " + email + " within " + max);
  }

  private static String plainText(MimeMessage message) throws Exception {
    var parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("text/plain")) {
        return (String) parts.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("the digest has no plain-text part");
  }
}

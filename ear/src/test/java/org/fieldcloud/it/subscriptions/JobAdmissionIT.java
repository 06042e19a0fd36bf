package org.fieldcloud.it.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * What the owner's account allows (api.md 5.11, jobs.md 2.1 and 3.3, model.md 5.4): package (and
 * apply) jobs are refused when the subscription is inactive (403 inactive_subscription), when no
 * storage is left (402 over_quota), and when the project reads online vector layers on a plan
 * without external databases (403 permission_denied_plan_insufficient); process_projectfile is
 * always allowed; deltas uploaded meanwhile are stored but kept pending, with the reference's
 * message. The projects are locked (locked_at), so the queue leaves the jobs the tests create.
 */
class JobAdmissionIT {

  private static final String KEPT_PENDING =
      "Some features of this project are not supported by the owner's account.";

  @Test
  void anInactiveSubscriptionRefusesPackageJobsAndKeepsDeltasPending() {
    Person ada = Accounts.person("inactive");
    String project = lockedProjectWithQgisFile(ada);
    Accounts.sql(
        "UPDATE subscription_subscription s SET status = 'inactive_draft' FROM core_user u"
            + " WHERE u.id = s.account_id AND u.username = ?",
        ada.username());

    ApiResponse refused = trigger(ada.api(), project, "package");
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("inactive_subscription", refused.errorCode());
    assertEquals(
        "Permission denied because the subscription is inactive",
        refused.json().getString("message"));
    ApiResponse processing = trigger(ada.api(), project, "process_projectfile");
    assertEquals(201, processing.status(), "process_projectfile is always allowed");

    keepsDeltasPending(ada, project);
  }

  @Test
  void noStorageLeftRefusesPackageJobsWith402() {
    Person ada = Accounts.person("full");
    String project = lockedProjectWithQgisFile(ada);
    Accounts.sql(
        "UPDATE project_project SET file_storage_bytes = 10000000 WHERE id = ?::uuid", project);

    ApiResponse refused = trigger(ada.api(), project, "package");
    assertEquals(402, refused.status(), refused::toString);
    assertEquals("over_quota", refused.errorCode());
  }

  @Test
  void onlineLayersNeedAPlanWithExternalDatabases() {
    Person ada = Accounts.person("online");
    String project = lockedProjectWithQgisFile(ada);
    // What process_projectfile stores for a project with a PostGIS layer (api.md 6.14).
    Accounts.sql(
        "UPDATE project_project SET project_details = ? WHERE id = ?::uuid",
        Json.createObjectBuilder()
            .add(
                "layers_by_id",
                Json.createObjectBuilder()
                    .add(
                        "hives_1",
                        Json.createObjectBuilder()
                            .add("type_name", "VectorLayer")
                            .add("provider_name", "postgres")
                            .add("filename", "")
                            .add("is_valid", true)))
            .build()
            .toString(),
        project);

    ApiResponse refused = trigger(ada.api(), project, "package");
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("permission_denied_plan_insufficient", refused.errorCode());
    assertEquals(
        "Permission denied because the useraccount's plan is insufficient",
        refused.json().getString("message"));
    keepsDeltasPending(ada, project);

    String plan = Accounts.unique("extdb");
    Accounts.sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status, is_external_db_supported)"
            + " VALUES (?, 1, ?, 10, 2000000, 1000000, 'active_paid', true)",
        plan,
        plan);
    Accounts.sql(
        "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p,"
            + " core_user u WHERE p.code = ? AND u.username = ? AND s.account_id = u.id",
        plan,
        ada.username());
    ApiResponse allowed = trigger(ada.api(), project, "package");
    assertEquals(201, allowed.status(), allowed::toString);
  }

  /** A deltafile is accepted, its delta stays pending with the reason, and no apply job starts. */
  private static void keepsDeltasPending(Person owner, String project) {
    ApiResponse pushed =
        owner
            .api()
            .postFile(
                "deltas/" + project,
                "file",
                "deltafile.json",
                deltafile(project).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, pushed.status(), pushed::toString);
    List<JsonObject> deltas =
        owner.api().get("deltas/" + project).jsonArray().stream()
            .map(d -> d.asJsonObject())
            .toList();
    assertEquals(1, deltas.size(), deltas::toString);
    assertEquals("STATUS_PENDING", deltas.get(0).getString("status"), deltas::toString);
    assertTrue(
        deltas.get(0).getJsonObject("last_feedback").getString("msg").startsWith(KEPT_PENDING),
        deltas::toString);
    assertEquals(
        0,
        Accounts.queryLong(
            "SELECT count(*) FROM core_job WHERE project_id = ?::uuid AND type = 'delta_apply'",
            project));
  }

  private static String lockedProjectWithQgisFile(Person owner) {
    ApiResponse created =
        owner.api().postForm("projects", Map.of("name", Accounts.unique("adm"), "is_public", "0"));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs', locked_at = now()"
            + " WHERE id = ?::uuid",
        id);
    return id;
  }

  private static ApiResponse trigger(ApiClient api, String project, String type) {
    return api.postForm("jobs/", Map.of("project_id", project, "type", type, "force", "1"));
  }

  private static String deltafile(String project) {
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("project", project)
        .add("id", UUID.randomUUID().toString())
        .add("files", Json.createArrayBuilder())
        .add(
            "deltas",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("uuid", UUID.randomUUID().toString())
                        .add("clientId", UUID.randomUUID().toString())
                        .add("localPk", "1")
                        .add("sourcePk", "")
                        .add("localLayerId", "points")
                        .add("sourceLayerId", "points")
                        .add("method", "create")
                        .add(
                            "new",
                            Json.createObjectBuilder()
                                .add("geometry", "Point (1 1)")
                                .add("attributes", Json.createObjectBuilder().add("int", 1)))))
        .build()
        .toString();
  }
}

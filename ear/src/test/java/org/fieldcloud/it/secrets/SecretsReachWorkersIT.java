package org.fieldcloud.it.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: "a secret reaches a worker and appears in no API response, log or job output", with
 * real worker containers.
 *
 * <ul>
 *   <li>A pg_service secret of an organization lets the real worker image reach a PostGIS table
 *       that the organization's project reads through {@code service=...}: without it QGIS finds
 *       the layer invalid, with it process_projectfile finds it valid and a package job (once the
 *       plan allows online layers) copies it into the package.
 *   <li>Environment variable secrets reach the worker by the contract's priority (project + user >
 *       project > organization + user > organization, jobs.md 7); a careless worker that prints the
 *       value and writes it into its feedback has it masked, while the value's SHA-256 shows that
 *       it arrived.
 * </ul>
 *
 * Then no API answer about the project, no job output or feedback and no server log file holds a
 * value.
 */
class SecretsReachWorkersIT {

  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);
  private static final String LAYER = "hives_5c0b6a47_1f1e_4c7a_9a55_3d2f0e8b7c11";

  @Test
  void aPgServiceSecretLetsTheWorkerReadPostgisAndStaysHidden() throws Exception {
    String password = "pw-" + UUID.randomUUID().toString().replace("-", "");
    String service = "hives_" + UUID.randomUUID().toString().substring(0, 8);
    String section = ScratchPostgis.serviceSection(service, password);
    ScratchPostgis.create(password);
    try {
      Person owner = Accounts.person("pgowner");
      String organization = Accounts.organization(owner.username());
      ApiClient api = owner.api();
      String project = organizationProject(api, organization, "");

      // Without the secret the worker cannot resolve the service: QGIS finds the layer invalid.
      ApiResponse upload =
          api.postFile(
              "files/" + project + "/hives.qgs",
              "file",
              "hives.qgs",
              projectFile(service).getBytes(StandardCharsets.UTF_8));
      assertEquals(201, upload.status(), upload::toString);
      JsonObject blind = await(api, onlyJob(api, project, "process_projectfile"));
      JsonObject invalid = layer(blind.getJsonObject("feedback"));
      assertFalse(invalid.getBoolean("is_valid"), invalid::toString);
      assertEquals("qgis", invalid.getString("validity_checked_by"), invalid::toString);

      // With the organization's pg_service secret it can.
      StoredSecrets.ofOrganization(organization, "pgservice", "PG_SERVICE_HIVES", section, null);
      String reprocess = created(trigger(api, project, "process_projectfile"));
      JsonObject seeing = await(api, reprocess);
      assertEquals("finished", seeing.getString("status"), seeing::toString);
      JsonObject valid = layer(seeing.getJsonObject("feedback"));
      assertTrue(valid.getBoolean("is_valid"), valid::toString);
      assertEquals("qgis", valid.getString("validity_checked_by"));

      // A PostGIS layer is online data: the default plan does not allow packaging it.
      ApiResponse refused = trigger(api, project, "package");
      assertEquals(403, refused.status(), refused::toString);
      assertEquals("permission_denied_plan_insufficient", refused.errorCode());

      movePlanWithExternalDatabases(organization);
      JsonObject packaged = await(api, created(trigger(api, project, "package")));
      assertEquals("finished", packaged.getString("status"), packaged::toString);
      JsonObject latest = api.get("packages/" + project + "/latest/").json();
      assertEquals(packaged.getString("id"), latest.getString("package_id"));
      assertTrue(latest.getJsonObject("layers").getJsonObject(LAYER).getBoolean("is_valid"));
      List<String> files =
          latest.getJsonArray("files").stream()
              .map(f -> f.asJsonObject().getString("name"))
              .toList();
      assertTrue(files.contains("data.gpkg"), files::toString);
      for (String name : files) {
        var download = api.getBytes("packages/" + project + "/latest/files/" + name);
        assertEquals(200, download.statusCode(), name);
        String bytes = new String(download.body(), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(password), () -> "the password is in the package file " + name);
      }
      assertTrue(
          new String(
                  api.getBytes("packages/" + project + "/latest/files/data.gpkg").body(),
                  StandardCharsets.ISO_8859_1)
              .contains("north"),
          "the PostGIS rows are in the package");

      List<String> values = List.of(password, section);
      Leaks.notInTheApi(api, project, values);
      Leaks.notInTheServerLog(values);
      assertEquals(
          0,
          Accounts.queryLong(
              "SELECT count(*) FROM core_secret WHERE value LIKE ?", "%" + password + "%"),
          "stored encrypted");
    } finally {
      ScratchPostgis.drop();
    }
  }

  @Test
  void environmentSecretsArriveByPriorityAndAreMaskedInOutputAndFeedback() throws Exception {
    Person owner = Accounts.person("envowner");
    Person member = Accounts.person("envmember");
    String organization = Accounts.organization(owner.username());
    assertEquals(
        201,
        owner
            .api()
            .postForm("members/" + organization, Map.of("member", member.username()))
            .status());
    String project =
        organizationProject(
            owner.api(),
            organization,
            "fieldcloud-test-image: "
                + EchoWorkerImage.build()
                + "\nfieldcloud-test-command: echo-secret HIVE_TOKEN");
    assertEquals(
        201,
        owner
            .api()
            .postForm(
                "collaborators/" + project,
                Map.of("collaborator", member.username(), "role", "editor"))
            .status());
    Accounts.sql(
        "UPDATE project_project SET the_qgis_file_name = 'project.qgs' WHERE id = ?",
        UUID.fromString(project));

    String suffix = UUID.randomUUID().toString().replace("-", "");
    String ofOrganization = "org-" + suffix;
    String ofOrganizationForOwner = "org-owner-" + suffix;
    String ofProject = "project-" + suffix;
    String ofProjectForOwner = "project-owner-" + suffix;
    String ofProjectForMember = "project-member-" + suffix;
    StoredSecrets.ofOrganization(organization, "envvar", "HIVE_TOKEN", ofOrganization, null);
    StoredSecrets.ofOrganization(
        organization, "envvar", "HIVE_TOKEN", ofOrganizationForOwner, owner.username());
    StoredSecrets.ofProject(project, "envvar", "HIVE_TOKEN", ofProject, null);
    StoredSecrets.ofProject(project, "envvar", "HIVE_TOKEN", ofProjectForOwner, owner.username());
    StoredSecrets.ofProject(project, "envvar", "HIVE_TOKEN", ofProjectForMember, member.username());

    // The owner gets their own project secret, the member theirs: project + user wins.
    JsonObject byOwner = echoed(owner.api(), project);
    assertEquals(sha256(ofProjectForOwner), byOwner.getJsonObject("feedback").getString("sha256"));
    JsonObject byMember = echoed(member.api(), project);
    assertEquals(
        sha256(ofProjectForMember), byMember.getJsonObject("feedback").getString("sha256"));

    // Without their own secret the member gets the project's: project > organization + user.
    Accounts.sql(
        "DELETE FROM core_secret WHERE project_id = ? AND assigned_to_id IS NOT NULL",
        UUID.fromString(project));
    JsonObject unassigned = echoed(member.api(), project);
    assertEquals(sha256(ofProject), unassigned.getJsonObject("feedback").getString("sha256"));

    List<String> values =
        List.of(
            ofOrganization,
            ofOrganizationForOwner,
            ofProject,
            ofProjectForOwner,
            ofProjectForMember);
    Leaks.notInTheApi(owner.api(), project, values);
    Leaks.notInTheApi(member.api(), project, values);
    Leaks.notInTheServerLog(values);
  }

  /** A process_projectfile run of the echoing worker: the value masked, its hash kept. */
  private static JsonObject echoed(ApiClient api, String project) throws Exception {
    JsonObject job = await(api, created(trigger(api, project, "process_projectfile")));
    assertEquals("finished", job.getString("status"), job::toString);
    assertTrue(job.getString("output").contains("HIVE_TOKEN=***"), job::toString);
    JsonObject feedback = job.getJsonObject("feedback");
    assertEquals("HIVE_TOKEN", feedback.getString("variable"));
    assertEquals("***", feedback.getString("echo"), "the printed value is masked in feedback");
    return job;
  }

  private static String organizationProject(ApiClient api, String organization, String about) {
    ApiResponse created =
        api.postForm(
            "projects",
            Map.of(
                "name",
                Accounts.unique("secrets"),
                "owner",
                organization,
                "description",
                about,
                "is_public",
                "0"));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  private static ApiResponse trigger(ApiClient api, String project, String type) {
    return api.postForm("jobs/", Map.of("project_id", project, "type", type, "force", "1"));
  }

  private static String created(ApiResponse response) {
    assertEquals(201, response.status(), response::toString);
    return response.json().getString("id");
  }

  private static String onlyJob(ApiClient api, String project, String type) {
    return api.get("jobs/?project_id=" + project).jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(j -> j.getString("type").equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " job"))
        .getString("id");
  }

  private static JsonObject await(ApiClient api, String jobId) throws InterruptedException {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    JsonObject job;
    do {
      job = api.get("jobs/" + jobId).json();
      if (Set.of("finished", "failed", "stopped").contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("job " + jobId + " still " + job.getString("status"));
  }

  /** The LayerDetails of the PostGIS layer, wherever the feedback holds them. */
  private static JsonObject layer(JsonObject feedback) {
    return find(feedback)
        .orElseThrow(() -> new AssertionError("no details of " + LAYER + " in " + feedback));
  }

  private static Optional<JsonObject> find(JsonValue value) {
    if (value instanceof JsonObject object) {
      if (object.get(LAYER) instanceof JsonObject details && details.containsKey("is_valid")) {
        return Optional.of(details);
      }
      for (JsonValue child : object.values()) {
        Optional<JsonObject> found = find(child);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue child : value.asJsonArray()) {
        Optional<JsonObject> found = find(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static void movePlanWithExternalDatabases(String organization) {
    String plan = Accounts.unique("extdb");
    Accounts.sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status, is_external_db_supported)"
            + " VALUES (?, 2, ?, 100, 2000000, 1000000, 'active_paid', true)",
        plan,
        plan);
    int moved =
        Accounts.sql(
            "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p,"
                + " core_user u WHERE p.code = ? AND u.username = ? AND s.account_id = u.id"
                + " AND s.active_since <= now() AND s.active_until IS NULL",
            plan,
            organization);
    assertEquals(1, moved, "the organization has one open subscription");
  }

  /** A QGIS project with one PostGIS point layer read through the pg service {@code service}. */
  private static String projectFile(String service) {
    String source =
        "service='"
            + service
            + "' sslmode=disable key='id' srid=4326 type=Point checkPrimaryKeyUnicity='1'"
            + " table=\"public\".\"hives\" (geom)";
    String escaped = source.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    return """
        <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
        <qgis version="3.22.16-Białowieża" projectname="hives">
          <title>hives</title>
          <projectCrs><spatialrefsys><authid>EPSG:4326</authid></spatialrefsys></projectCrs>
          <layer-tree-group>
            <layer-tree-layer id="%1$s" name="hives" providerKey="postgres" checked="Qt::Checked" expanded="1" source="%2$s"/>
          </layer-tree-group>
          <projectlayers>
            <maplayer type="vector" geometry="Point" wkbType="Point" autoRefreshEnabled="0">
              <id>%1$s</id>
              <datasource>%2$s</datasource>
              <layername>hives</layername>
              <srs><spatialrefsys><authid>EPSG:4326</authid></spatialrefsys></srs>
              <provider encoding="UTF-8">postgres</provider>
            </maplayer>
          </projectlayers>
        </qgis>
        """
        .formatted(LAYER, escaped);
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}

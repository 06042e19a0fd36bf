package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.fieldcloud.it.packages.PackageJobRows;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.fieldcloud.jobs.infrastructure.runner.DockerTestImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every project-level action against every way of holding every role, over HTTP, from the table in
 * permissions/project-actions.csv. Each case builds its own project, so cases are independent.
 */
class PermissionMatrixIT {

  private static final Set<Integer> SUCCESS = Set.of(200, 201, 204);

  /** The smallest PNG: one transparent pixel. */
  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /**
   * The same four persons serve every case (creating and logging in a person costs a password
   * hash); each case gets fresh projects, organizations and teams, so no case sees another's.
   */
  private static Person owner;

  private static Person caller;
  private static Person x;
  private static Person y;

  /** The test worker image that process_projectfile jobs of the QGIS file cases run. */
  private static String testImage;

  @BeforeAll
  static void persons() throws Exception {
    testImage = DockerTestImage.build();
    owner = Accounts.person("owner");
    caller = Accounts.person("caller");
    x = Accounts.person("x");
    y = Accounts.person("y");
  }

  /**
   * {@code expected} is {@code allow}, {@code deny} (403 {@code permission_denied}) or {@code
   * deny/<code>} (403 with that error code).
   */
  @ParameterizedTest(name = "{0} as {1} {2}: {3}")
  @CsvFileSource(resources = "/permissions/project-actions.csv", delimiter = ',')
  void actionIsAllowedOrDenied(String action, String grant, String role, String expected) {
    Scenario scenario = Scenario.build(grant, role);
    ApiResponse response = scenario.perform(action);
    if (expected.equals("allow")) {
      assertTrue(SUCCESS.contains(response.status()), () -> action + " refused: " + response);
    } else {
      assertEquals(403, response.status(), () -> action + " not refused: " + response);
      String code = expected.startsWith("deny/") ? expected.substring(5) : "permission_denied";
      assertEquals(code, response.errorCode());
    }
  }

  /** A project, the caller holding a role on it through {@code grant}, and a collaborator X. */
  private record Scenario(
      String projectId, Person actor, String collaborator, String newcomer, Person projectAdmin) {

    static Scenario build(String grant, String role) {
      boolean organizationProject =
          Set.of("organization_owner", "organization_admin", "team_member", "organization_member")
              .contains(grant);
      String projectId;
      Person projectAdmin;
      if (organizationProject) {
        Person orgOwner = grant.equals("organization_owner") ? caller : owner;
        projectAdmin = orgOwner;
        String org = Accounts.organization(orgOwner.username());
        for (Person member :
            grant.equals("organization_owner")
                ? new Person[] {x, y, owner}
                : new Person[] {x, y, caller}) {
          String memberRole =
              member == caller && grant.equals("organization_admin") ? "admin" : "member";
          ok(
              orgOwner
                  .api()
                  .postForm(
                      "members/" + org, Map.of("member", member.username(), "role", memberRole)));
        }
        projectId = Projects.create(orgOwner.api(), org, false);
        if (grant.equals("team_member")) {
          String team = Accounts.unique("team");
          ok(orgOwner.api().postForm("organizations/" + org + "/teams", Map.of("team", team)));
          ok(
              orgOwner
                  .api()
                  .postForm(
                      "organizations/" + org + "/teams/" + team + "/members",
                      Map.of("member", caller.username())));
          ok(
              orgOwner
                  .api()
                  .postForm(
                      "collaborators/" + projectId,
                      Map.of("collaborator", "@" + org + "/" + team, "role", role)));
        }
        if (grant.equals("organization_member")) {
          Accounts.queryLong(
              "WITH u AS (UPDATE core_organization SET default_project_role_for_members = ?"
                  + " WHERE user_ptr_id = (SELECT id FROM core_user WHERE username = ?) RETURNING 1)"
                  + " SELECT count(*) FROM u",
              role,
              org);
        }
        ok(
            orgOwner
                .api()
                .postForm("collaborators/" + projectId, Map.of("collaborator", x.username())));
      } else {
        Person projectOwner = grant.equals("project_owner") ? caller : owner;
        projectAdmin = projectOwner;
        projectId =
            Projects.create(projectOwner.api(), projectOwner.username(), grant.equals("public"));
        if (grant.equals("collaborator")) {
          ok(
              owner
                  .api()
                  .postForm(
                      "collaborators/" + projectId,
                      Map.of("collaborator", caller.username(), "role", role)));
        }
        ok(
            projectOwner
                .api()
                .postForm("collaborators/" + projectId, Map.of("collaborator", x.username())));
      }
      return new Scenario(projectId, caller, x.username(), y.username(), projectAdmin);
    }

    ApiResponse perform(String action) {
      var api = actor.api();
      return switch (action) {
        case "retrieve_project" -> api.get("projects/" + projectId);
        case "update_project" ->
            api.patchForm("projects/" + projectId, Map.of("description", "changed"));
        case "delete_project" -> api.delete("projects/" + projectId);
        case "read_collaborators" -> api.get("collaborators/" + projectId);
        case "create_collaborator" ->
            api.postForm(
                "collaborators/" + projectId, Map.of("collaborator", newcomer, "role", "editor"));
        case "update_collaborator" ->
            api.patchForm(
                "collaborators/" + projectId + "/" + collaborator, Map.of("role", "editor"));
        case "delete_collaborator" -> api.delete("collaborators/" + projectId + "/" + collaborator);
        case "create_deltas" -> {
          Accounts.sql(
              "UPDATE project_project SET the_qgis_file_name = 'project.qgs', locked_at = now()"
                  + " WHERE id = ?::uuid",
              projectId);
          // A deltafile without deltas: the permission is checked, no job is made.
          String deltafile =
              "{\"version\": \"1.0\", \"id\": \"%s\", \"project\": \"%s\", \"files\": [],"
                      .formatted(java.util.UUID.randomUUID(), projectId)
                  + " \"deltas\": []}";
          yield api.postFile(
              "deltas/" + projectId,
              "file",
              "deltafile.json",
              deltafile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        case "read_deltas" -> api.get("deltas/" + projectId);
        case "read_files" -> api.get("files/" + projectId);
        case "create_files" -> uploadFile(api);
        case "delete_files" -> {
          uploadFile(api); // as the caller: where that is refused, the delete is refused too
          yield api.delete("files/" + projectId + "/matrix.txt");
        }
        case "upload_thumbnail" ->
            api.postFile("projects/" + projectId + "/thumbnail", "thumbnail", "t.png", PNG);
        case "read_thumbnail" -> {
          ok(
              projectAdmin
                  .api()
                  .postFile("projects/" + projectId + "/thumbnail", "thumbnail", "t.png", PNG));
          yield api.get("files/thumbnails/" + projectId);
        }
        case "download_file" -> {
          ok(uploadFile(projectAdmin.api()));
          yield api.get("files/" + projectId + "/matrix.txt");
        }
        case "modify_qgis_projectfile" -> uploadQgisFile(api, false);
        case "modify_restricted_qgis_projectfile" -> uploadQgisFile(api, true);
        case "read_packages" -> {
          String job = PackageJobRows.packageJob(projectId, projectAdmin.username(), "started");
          ok(
              PackageJobRows.worker(projectAdmin.username())
                  .postFile(
                      "packages/" + projectId + "/" + job + "/files/data.txt",
                      "file",
                      "data.txt",
                      new byte[] {1}));
          PackageJobRows.finish(projectId, job);
          yield api.get("packages/" + projectId + "/latest");
        }
        case "list_jobs" -> api.get("jobs/?project_id=" + projectId);
        // Forced, as the project has no QGIS file; the queue fails such jobs without a worker.
        case "create_package_job" ->
            api.postForm("jobs/", Map.of("project_id", projectId, "type", "package", "force", "1"));
        case "create_other_jobs" ->
            api.postForm(
                "jobs/",
                Map.of("project_id", projectId, "type", "process_projectfile", "force", "0"));
        default -> throw new IllegalArgumentException("no such action in the matrix: " + action);
      };
    }

    /**
     * The QGIS project file, on a project whose jobs run the test worker's no-op (the upload starts
     * a process_projectfile job; docs/jobs.md, test overrides).
     */
    private ApiResponse uploadQgisFile(ApiClient api, boolean restricted) {
      Accounts.sql(
          "UPDATE project_project SET has_restricted_projectfiles = ?, description = ?"
              + " WHERE id = ?::uuid",
          restricted,
          "fieldcloud-test-image: " + testImage + "\nfieldcloud-test-command: succeed",
          projectId);
      return api.postFile(
          "files/" + projectId + "/project.qgs",
          "file",
          "project.qgs",
          "<qgis version=\"3.34.0-Prizren\"></qgis>".getBytes());
    }

    private ApiResponse uploadFile(ApiClient api) {
      return api.postFile(
          "files/" + projectId + "/matrix.txt", "file", "matrix.txt", new byte[] {1});
    }

    private static void ok(ApiResponse response) {
      assertTrue(SUCCESS.contains(response.status()), () -> "set-up failed: " + response);
    }
  }

  static {
    TestServer.url(); // fail early with a clear message outside ./fieldcloud test
  }
}

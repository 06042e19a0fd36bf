package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.junit.jupiter.api.Test;

/** The SDK's project calls (api.md 5.6, 8.2) and the shapes it reads (6.3). */
class ProjectsIT {

  private static final List<String> FIELD_ORDER =
      List.of(
          "id",
          "name",
          "project_type",
          "owner",
          "description",
          "private",
          "is_public",
          "created_at",
          "updated_at",
          "data_last_packaged_at",
          "data_last_updated_at",
          "restricted_data_last_updated_at",
          "can_repackage",
          "needs_repackaging",
          "status",
          "user_role",
          "user_role_origin",
          "shared_datasets_project_id",
          "is_shared_datasets_project",
          "is_featured",
          "is_attachment_download_on_demand",
          "has_restricted_projectfiles",
          "overwrite_conflicts",
          "file_storage_bytes",
          "the_qgis_file_name");

  @Test
  void createListGetPatchDeleteAsTheSdkDoes() {
    var ada = Accounts.person("ada");
    ApiClient api = ada.api();
    String name = Accounts.unique("bees");

    var created =
        api.postForm(
            "projects",
            Map.of(
                "name",
                name,
                "owner",
                ada.username(),
                "description",
                "hives",
                "is_public",
                "False"));
    assertEquals(201, created.status(), created::toString);
    JsonObject project = created.json();
    assertFalse(project.containsKey("user_role"), "create omits user_role: " + project);
    assertFalse(project.containsKey("user_role_origin"));
    assertEquals(name, project.getString("name"));
    assertEquals(ada.username(), project.getString("owner"));
    assertEquals("regular", project.getString("project_type"));
    assertTrue(project.getBoolean("private"));
    assertFalse(project.getBoolean("is_public"));
    assertTrue(project.getBoolean("overwrite_conflicts"));
    assertEquals("failed", project.getString("status"));
    assertEquals(JsonValue.NULL, project.get("the_qgis_file_name"));
    String id = project.getString("id");

    var got = api.get("projects/" + id);
    assertEquals(200, got.status(), got::toString);
    assertEquals(FIELD_ORDER, List.copyOf(got.json().keySet()));
    assertEquals("admin", got.json().getString("user_role"));
    assertEquals("project_owner", got.json().getString("user_role_origin"));
    assertTrue(
        got.json()
            .getString("created_at")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]\\d\\d:\\d\\d)"));

    var list = api.get("projects");
    assertEquals(200, list.status());
    assertTrue(
        list.jsonArray().stream().anyMatch(p -> p.asJsonObject().getString("id").equals(id)));

    var patched =
        api.patchForm("projects/" + id, Map.of("description", "more hives", "is_public", "1"));
    assertEquals(200, patched.status(), patched::toString);
    assertEquals("more hives", patched.json().getString("description"));
    assertTrue(patched.json().getBoolean("is_public"));
    assertEquals("admin", patched.json().getString("user_role"));

    assertEquals(204, api.delete("projects/" + id).status());
    assertEquals(404, api.get("projects/" + id).status());
  }

  @Test
  void nameRulesAndUniquenessPerOwner() {
    var ada = Accounts.person("ada");
    String name = Accounts.unique("dup");
    assertEquals(201, ada.api().postForm("projects", Map.of("name", name)).status());

    var duplicate = ada.api().postForm("projects", Map.of("name", name));
    assertEquals(400, duplicate.status());
    assertEquals("project_already_exists", duplicate.errorCode());

    var bad = ada.api().postForm("projects", Map.of("name", "no spaces allowed"));
    assertEquals(400, bad.status());
    assertEquals("api_error", bad.errorCode());

    var missing = ada.api().postForm("projects", Map.of("description", "x"));
    assertEquals(400, missing.status());

    var other = Accounts.person("bob");
    assertEquals(
        201,
        other.api().postForm("projects", Map.of("name", name)).status(),
        "names are per owner");
  }

  @Test
  void creatingForSomeoneElseIsForbiddenAndForNobodyIsNotFound() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    var forBob =
        ada.api()
            .postForm("projects", Map.of("name", Accounts.unique("p"), "owner", bob.username()));
    assertEquals(403, forBob.status());
    assertEquals("permission_denied", forBob.errorCode());
    var forNobody =
        ada.api()
            .postForm("projects", Map.of("name", Accounts.unique("p"), "owner", "nobody-here-xyz"));
    assertEquals(404, forNobody.status());
    assertEquals("object_not_found", forNobody.errorCode());
  }

  @Test
  void unknownProjectIs404AndMalformedIdIs400AndStrangersGet403() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    String id = Projects.create(ada.api(), ada.username(), false);

    assertEquals(404, bob.api().get("projects/00000000-0000-0000-0000-000000000000").status());
    var malformed = bob.api().get("projects/not-a-uuid");
    assertEquals(400, malformed.status());
    assertEquals("validation_error", malformed.errorCode());
    var stranger = bob.api().get("projects/" + id);
    assertEquals(403, stranger.status());
    assertEquals("permission_denied", stranger.errorCode());
    assertEquals(401, ApiClient.anonymous().get("projects/" + id).status());
  }

  @Test
  void publicProjectsAreListedOnlyWhenAskedFor() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    String id = Projects.create(ada.api(), ada.username(), true);

    assertFalse(ids(bob.api().get("projects")).contains(id));
    assertTrue(ids(bob.api().get("projects?include_public=1")).contains(id));
    assertTrue(ids(bob.api().get("projects?include-public=1")).contains(id));
    assertFalse(ids(bob.api().get("projects?include-public=true")).contains(id));
    assertEquals(400, bob.api().get("projects?include_public=yes").status());
    assertTrue(ids(bob.api().get("projects/public")).contains(id));

    var asReader = bob.api().get("projects/" + id);
    assertEquals(200, asReader.status());
    assertEquals("reader", asReader.json().getString("user_role"));
    assertEquals("public", asReader.json().getString("user_role_origin"));
  }

  @Test
  void filtersSearchOrderingAndPagination() {
    var ada = Accounts.person("ada");
    String prefix = Accounts.unique("alpha").replace("-", "");
    for (String suffix : List.of("c", "a", "b")) {
      assertEquals(201, ada.api().postForm("projects", Map.of("name", prefix + suffix)).status());
    }

    assertEquals(
        List.of(prefix + "a", prefix + "b", prefix + "c"),
        names(ada.api().get("projects?search=" + prefix)));
    assertEquals(
        List.of(prefix + "c", prefix + "b", prefix + "a"),
        names(ada.api().get("projects?search=" + prefix + "&ordering=-name")));
    assertEquals(
        List.of(prefix + "b"), names(ada.api().get("projects?name=" + prefix.toUpperCase() + "B")));
    assertEquals(3, names(ada.api().get("projects?owner=" + ada.username().toUpperCase())).size());

    var page = ada.api().get("projects?search=" + prefix + "&limit=2");
    assertEquals(List.of(prefix + "a", prefix + "b"), names(page));
    assertEquals("3", page.header("X-Total-Count").orElseThrow());
    String next = page.header("X-Next-Page").orElseThrow();
    assertTrue(next.contains("limit=2") && next.contains("offset=2"), next);
    var second = ada.api().get("projects?search=" + prefix + "&limit=2&offset=2");
    assertEquals(List.of(prefix + "c"), names(second));
    assertTrue(second.header("X-Next-Page").isEmpty());
    assertTrue(second.header("X-Previous-Page").isPresent());
    assertTrue(
        ada.api().get("projects").header("X-Total-Count").isEmpty(), "no pagination without limit");
  }

  private static List<String> ids(org.fieldcloud.it.support.ApiResponse response) {
    assertEquals(200, response.status(), response::toString);
    return response.jsonArray().stream().map(p -> p.asJsonObject().getString("id")).toList();
  }

  private static List<String> names(org.fieldcloud.it.support.ApiResponse response) {
    assertEquals(200, response.status(), response::toString);
    return response.jsonArray().stream()
        .map(p -> ((JsonString) p.asJsonObject().get("name")).getString())
        .toList();
  }
}

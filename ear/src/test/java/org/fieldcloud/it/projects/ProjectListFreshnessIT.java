package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.junit.jupiter.api.Test;

/**
 * The project list is kept per person between requests (ProjectListResponses), so it must still
 * show every change at once, whoever made it: through the API, or in the database directly as
 * another node, the admin console or an operator would. Each step lists twice before changing
 * anything, so the second list of a step is the kept one.
 */
class ProjectListFreshnessIT {

  @Test
  void aListAskedForAgainShowsEveryChangeMadeSince() {
    Person ada = Accounts.person("fresh");
    Person bob = Accounts.person("fresh");
    String id = Projects.create(ada.api(), ada.username(), false);

    assertEquals("made by a test", listed(ada, id).orElseThrow().getString("description"));
    assertEquals("made by a test", listed(ada, id).orElseThrow().getString("description"));
    Accounts.sql(
        "UPDATE project_project SET description = 'changed in the database' WHERE id = ?",
        UUID.fromString(id));
    assertEquals("changed in the database", listed(ada, id).orElseThrow().getString("description"));

    assertTrue(listed(bob, id).isEmpty());
    assertTrue(listed(bob, id).isEmpty());
    var added =
        ada.api()
            .postForm(
                "collaborators/" + id, Map.of("collaborator", bob.username(), "role", "editor"));
    assertEquals(201, added.status(), added::toString);
    JsonObject seen = listed(bob, id).orElseThrow(() -> new AssertionError("bob's list lacks it"));
    assertEquals("editor", seen.getString("user_role"));
    assertEquals("collaborator", seen.getString("user_role_origin"));

    listed(bob, id);
    Accounts.sql(
        "UPDATE core_projectcollaborator SET role = 'reader' WHERE project_id = ?",
        UUID.fromString(id));
    assertEquals("reader", listed(bob, id).orElseThrow().getString("user_role"));
    Accounts.sql("DELETE FROM core_projectcollaborator WHERE project_id = ?", UUID.fromString(id));
    assertTrue(listed(bob, id).isEmpty(), "the collaborator row is gone, and so is the project");

    String renamed = ada.username() + "x";
    listed(ada, id);
    Accounts.sql("UPDATE core_user SET username = ? WHERE username = ?", renamed, ada.username());
    assertEquals(renamed, listed(ada, id).orElseThrow().getString("owner"));
  }

  /** The project as {@code GET projects/} lists it for {@code person}, if it is there. */
  private static Optional<JsonObject> listed(Person person, String id) {
    var response = person.api().get("projects");
    assertEquals(200, response.status(), response::toString);
    return response.jsonArray().stream()
        .map(JsonObject.class::cast)
        .filter(p -> p.getString("id").equals(id))
        .findFirst();
  }
}

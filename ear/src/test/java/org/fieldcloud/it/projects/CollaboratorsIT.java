package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.junit.jupiter.api.Test;

/** The SDK's collaborators-* calls (api.md 5.7, 6.6). */
class CollaboratorsIT {

  @Test
  void addListChangeAndRemoveACollaborator() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    String id = Projects.create(ada.api(), ada.username(), false);

    var added =
        ada.api()
            .postForm(
                "collaborators/" + id, Map.of("collaborator", bob.username(), "role", "editor"));
    assertEquals(201, added.status(), added::toString);
    assertEquals(
        List.of(
            "project_id",
            "collaborator",
            "role",
            "created_by",
            "updated_by",
            "created_at",
            "updated_at"),
        List.copyOf(added.json().keySet()));
    assertEquals(bob.username(), added.json().getString("collaborator"));
    assertEquals("editor", added.json().getString("role"));
    assertEquals(ada.username(), added.json().getString("created_by"));
    assertEquals(id, added.json().getString("project_id"));

    var list = ada.api().get("collaborators/" + id);
    assertEquals(200, list.status());
    assertEquals(1, list.jsonArray().size());

    var asBob = bob.api().get("projects/" + id);
    assertEquals("editor", asBob.json().getString("user_role"));
    assertEquals("collaborator", asBob.json().getString("user_role_origin"));

    var changed =
        ada.api().patchForm("collaborators/" + id + "/" + bob.username(), Map.of("role", "reader"));
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("reader", changed.json().getString("role"));

    assertEquals(204, ada.api().delete("collaborators/" + id + "/" + bob.username()).status());
    assertEquals(404, ada.api().get("collaborators/" + id + "/" + bob.username()).status());
    assertEquals(403, bob.api().get("projects/" + id).status());
  }

  @Test
  void refusesTheOwnerDuplicatesUnknownUsersAndBadRoles() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    String id = Projects.create(ada.api(), ada.username(), false);

    var owner = ada.api().postForm("collaborators/" + id, Map.of("collaborator", ada.username()));
    assertEquals(400, owner.status());
    assertEquals("validation_error", owner.errorCode());

    assertEquals(
        201,
        ada.api().postForm("collaborators/" + id, Map.of("collaborator", bob.username())).status());
    var twice = ada.api().postForm("collaborators/" + id, Map.of("collaborator", bob.username()));
    assertEquals(400, twice.status());
    assertEquals("validation_error", twice.errorCode());

    var unknown =
        ada.api().postForm("collaborators/" + id, Map.of("collaborator", "nobody-xyz-123"));
    assertEquals(400, unknown.status());
    assertEquals("api_error", unknown.errorCode());

    var badRole =
        ada.api().patchForm("collaborators/" + id + "/" + bob.username(), Map.of("role", "viewer"));
    assertEquals(400, badRole.status());
    assertTrue(badRole.json().getString("detail").contains("viewer"));
  }

  @Test
  void organizationProjectsTakeOnlyMembersAndTheirTeams() {
    var ada = Accounts.person("ada");
    var outsider = Accounts.person("out");
    String org = Accounts.organization(ada.username());
    String id = Projects.create(ada.api(), org, false);

    var refused =
        ada.api().postForm("collaborators/" + id, Map.of("collaborator", outsider.username()));
    assertEquals(400, refused.status());
    assertEquals("validation_error", refused.errorCode());

    assertEquals(
        201, ada.api().postForm("members/" + org, Map.of("member", outsider.username())).status());
    assertEquals(
        201,
        ada.api()
            .postForm("collaborators/" + id, Map.of("collaborator", outsider.username()))
            .status());
  }
}

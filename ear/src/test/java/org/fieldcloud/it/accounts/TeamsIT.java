package org.fieldcloud.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Teams and team members, as the SDK's teams-* and team-members-* commands send them (api.md 5.5).
 */
class TeamsIT {

  @Test
  void sdkTeamCommandsRoundTrip() {
    var owner = Accounts.person("towner");
    var member = Accounts.person("tmember");
    var reader = Accounts.person("treader");
    String org = Accounts.organization(owner.username());
    var api = owner.api();
    api.postForm("members/" + org, Map.of("member", member.username()));
    String teams = "organizations/" + org + "/teams";

    var created = api.postForm(teams, Map.of("team", "field-crew"));
    assertEquals(201, created.status(), created::toString);
    var body = created.json();
    assertEquals(List.of("team", "organization", "members"), List.copyOf(body.keySet()));
    assertEquals("field-crew", body.getString("team"));
    assertEquals(org, body.getString("organization"));
    assertEquals(0, body.getJsonArray("members").size());

    var listed = reader.api().get(teams + "/?limit=20&offset=0");
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(1, listed.jsonArray().size());
    assertEquals("field-crew", listed.jsonArray().getJsonObject(0).getString("team"));
    assertTrue(listed.header("X-Total-Count").isEmpty(), "teams are never paginated");

    var addedByName =
        api.postForm(teams + "/field-crew/members", Map.of("member", member.username()));
    assertEquals(201, addedByName.status(), addedByName::toString);
    assertEquals(
        Map.of("member", member.username()),
        Map.of("member", addedByName.json().getString("member")));
    var addedByEmail = api.postForm(teams + "/field-crew/members", Map.of("member", owner.email()));
    assertEquals(201, addedByEmail.status(), addedByEmail::toString);
    assertEquals(owner.username(), addedByEmail.json().getString("member"));

    var teamMembers = reader.api().get(teams + "/field-crew/members");
    assertEquals(200, teamMembers.status(), teamMembers::toString);
    assertEquals(
        List.of(member.username(), owner.username()).stream().sorted().toList(),
        teamMembers.jsonArray().stream()
            .map(v -> v.asJsonObject().getString("member"))
            .sorted()
            .toList());
    var team = reader.api().get(teams + "/field-crew");
    assertEquals(2, team.json().getJsonArray("members").size());

    var renamed = api.putForm(teams + "/field-crew", Map.of("team", "survey-crew"));
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals("survey-crew", renamed.json().getString("team"));
    assertEquals(404, api.get(teams + "/field-crew").status());
    assertEquals(2, api.get(teams + "/survey-crew").json().getJsonArray("members").size());
    var search = api.get("users/?q=" + org + "/survey-crew");
    var found = search.jsonArray().getJsonObject(0);
    assertEquals("@" + org + "/survey-crew", found.getString("username"));
    assertEquals(3, found.getInt("type"));
    assertEquals("survey-crew", found.getString("username_display"));

    var removed = api.delete(teams + "/survey-crew/members/" + member.username());
    assertEquals(204, removed.status(), removed::toString);
    var notThere = api.delete(teams + "/survey-crew/members/" + member.username());
    assertEquals(404, notThere.status());
    assertEquals("object_not_found", notThere.errorCode());

    var deleted = api.delete(teams + "/survey-crew");
    assertEquals(204, deleted.status(), deleted::toString);
    var gone = api.get(teams + "/survey-crew");
    assertEquals(404, gone.status());
    assertEquals("object_not_found", gone.errorCode());
  }

  @Test
  void onlyOrganizationAdminsChangeTeamsAndPatchIsRefused() {
    var owner = Accounts.person("xowner");
    var member = Accounts.person("xmember");
    String org = Accounts.organization(owner.username());
    owner.api().postForm("members/" + org, Map.of("member", member.username(), "role", "creator"));
    String teams = "organizations/" + org + "/teams";
    assertEquals(201, owner.api().postForm(teams, Map.of("team", "crew")).status());

    var create = member.api().postForm(teams, Map.of("team", "mine"));
    var rename = member.api().putForm(teams + "/crew", Map.of("team", "ours"));
    var delete = member.api().delete(teams + "/crew");
    var addMember =
        member.api().postForm(teams + "/crew/members", Map.of("member", member.username()));
    var patch = owner.api().patchForm(teams + "/crew", Map.of("team", "other"));
    for (ApiResponse response : List.of(create, rename, delete, addMember, patch)) {
      assertEquals(403, response.status(), response::toString);
      assertEquals("permission_denied", response.errorCode());
    }
    assertEquals(
        List.of("crew"),
        owner.api().get(teams).jsonArray().stream()
            .map(v -> v.asJsonObject().getString("team"))
            .toList());
  }

  @Test
  void badTeamRequestsAreRefusedWithTheContractCodes() {
    var owner = Accounts.person("yowner");
    var member = Accounts.person("ymember");
    var outsider = Accounts.person("youtsider");
    String org = Accounts.organization(owner.username());
    owner.api().postForm("members/" + org, Map.of("member", member.username()));
    String teams = "organizations/" + org + "/teams";
    var api = owner.api();
    assertEquals(201, api.postForm(teams, Map.of("team", "crew")).status());
    assertEquals(201, api.postForm(teams, Map.of("team", "other")).status());
    assertEquals(
        201, api.postForm(teams + "/crew/members", Map.of("member", member.username())).status());

    var emptyName = api.postForm(teams, Map.of("team", " "));
    var noName = api.postForm(teams, Map.of());
    var duplicate = api.postForm(teams, Map.of("team", "crew"));
    var renameToExisting = api.putForm(teams + "/other", Map.of("team", "crew"));
    var slash = api.postForm(teams, Map.of("team", "a/b"));
    var unknownMember =
        api.postForm(teams + "/crew/members", Map.of("member", "nobody-" + Accounts.unique("n")));
    var twice = api.postForm(teams + "/crew/members", Map.of("member", member.username()));
    for (ApiResponse response :
        List.of(emptyName, noName, duplicate, renameToExisting, slash, unknownMember, twice)) {
      assertEquals(400, response.status(), response::toString);
      assertEquals("api_error", response.errorCode());
    }
    var notInOrganization =
        api.postForm(teams + "/crew/members", Map.of("member", outsider.username()));
    assertEquals(400, notInOrganization.status(), notInOrganization::toString);
    assertEquals("validation_error", notInOrganization.errorCode());

    var unknownTeamMembers = outsider.api().get(teams + "/no-team/members");
    assertEquals(403, unknownTeamMembers.status(), unknownTeamMembers::toString);
    var unknownTeam = outsider.api().get(teams + "/no-team");
    assertEquals(404, unknownTeam.status());
    var unknownOrg = outsider.api().get("organizations/no-org-" + Accounts.unique("x") + "/teams");
    assertEquals(403, unknownOrg.status());
    assertEquals("permission_denied", unknownOrg.errorCode());
    assertEquals(2, api.get(teams).jsonArray().size(), "no team was added by the refused requests");
  }
}

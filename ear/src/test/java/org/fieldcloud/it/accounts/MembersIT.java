package org.fieldcloud.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Organization members, driven the way the SDK's members-* commands send them (api.md 5.4, 8.2):
 * form bodies, {@code is_public} as {@code True}/{@code False}, {@code limit}/{@code offset} on
 * list calls.
 */
class MembersIT {

  @Test
  void sdkMembersCommandsRoundTrip() {
    var owner = Accounts.person("mowner");
    var alice = Accounts.person("malice");
    var bob = Accounts.person("mbob");
    String org = Accounts.organization(owner.username());
    var api = owner.api();

    var added =
        api.postForm(
            "members/" + org,
            Map.of("member", alice.username(), "role", "admin", "is_public", "True"));
    assertEquals(201, added.status(), added::toString);
    var body = added.json();
    assertEquals(
        List.of("organization", "member", "role", "is_public"), List.copyOf(body.keySet()));
    assertEquals(org, body.getString("organization"));
    assertEquals(alice.username(), body.getString("member"));
    assertEquals("admin", body.getString("role"));
    assertTrue(body.getBoolean("is_public"));
    var second =
        api.postForm(
            "members/" + org,
            Map.of("member", bob.username(), "role", "member", "is_public", "False"));
    assertEquals(201, second.status(), second::toString);
    assertFalse(second.json().getBoolean("is_public"));

    var listed = bob.api().get("members/" + org + "/?limit=20&offset=0");
    assertEquals(200, listed.status(), listed::toString);
    assertEquals(List.of(alice.username(), bob.username()), members(listed));
    assertEquals("2", listed.header("X-Total-Count").orElseThrow());
    assertFalse(listed.header("X-Next-Page").isPresent(), "the SDK would loop");
    var firstPage = bob.api().get("members/" + org + "/?limit=1&offset=0");
    assertEquals(List.of(alice.username()), members(firstPage));
    assertTrue(firstPage.header("X-Next-Page").orElseThrow().contains("offset=1"));

    var one = bob.api().get("members/" + org + "/" + alice.username());
    assertEquals(200, one.status());
    assertEquals("admin", one.json().getString("role"));

    var patched = api.patchForm("members/" + org + "/" + bob.username(), Map.of("role", "creator"));
    assertEquals(200, patched.status(), patched::toString);
    assertEquals("creator", patched.json().getString("role"));
    assertFalse(patched.json().getBoolean("is_public"));
    var put =
        api.putForm(
            "members/" + org + "/" + bob.username(), Map.of("role", "member", "is_public", "1"));
    assertEquals(200, put.status(), put::toString);
    assertTrue(put.json().getBoolean("is_public"));

    var removed = api.delete("members/" + org + "/" + bob.username());
    assertEquals(204, removed.status(), removed::toString);
    assertEquals("", removed.body());
    var gone = api.get("members/" + org + "/" + bob.username());
    assertEquals(404, gone.status());
    assertEquals("object_not_found", gone.errorCode());
  }

  @Test
  void anAdminMemberManagesMembersButACreatorOrMemberDoesNot() {
    var owner = Accounts.person("aowner");
    var admin = Accounts.person("aadmin");
    var creator = Accounts.person("acreator");
    var member = Accounts.person("amember");
    var newcomer = Accounts.person("anew");
    String org = Accounts.organization(owner.username());
    owner.api().postForm("members/" + org, Map.of("member", admin.username(), "role", "admin"));
    owner.api().postForm("members/" + org, Map.of("member", creator.username(), "role", "creator"));
    owner.api().postForm("members/" + org, Map.of("member", member.username()));

    var byCreator =
        creator
            .api()
            .patchForm("members/" + org + "/" + member.username(), Map.of("role", "admin"));
    var byMember =
        member.api().patchForm("members/" + org + "/" + member.username(), Map.of("role", "admin"));
    var addByMember =
        member.api().postForm("members/" + org, Map.of("member", newcomer.username()));
    var removeByCreator = creator.api().delete("members/" + org + "/" + member.username());
    for (ApiResponse response : List.of(byCreator, byMember, addByMember, removeByCreator)) {
      assertEquals(403, response.status(), response::toString);
      assertEquals("permission_denied", response.errorCode());
    }
    assertEquals(
        "member",
        owner.api().get("members/" + org + "/" + member.username()).json().getString("role"));

    var byAdmin =
        admin
            .api()
            .patchForm("members/" + org + "/" + member.username(), Map.of("role", "creator"));
    assertEquals(200, byAdmin.status(), byAdmin::toString);
    var addByAdmin = admin.api().postForm("members/" + org, Map.of("member", newcomer.username()));
    assertEquals(201, addByAdmin.status(), addByAdmin::toString);
    assertEquals("member", addByAdmin.json().getString("role"));
  }

  @Test
  void badMembersAreRefusedWithTheContractCodes() {
    var owner = Accounts.person("bowner");
    var person = Accounts.person("bperson");
    String org = Accounts.organization(owner.username());
    String otherOrg = Accounts.organization(owner.username());
    var api = owner.api();
    assertEquals(201, api.postForm("members/" + org, Map.of("member", person.username())).status());

    var theOwner = api.postForm("members/" + org, Map.of("member", owner.username()));
    var anOrganization = api.postForm("members/" + org, Map.of("member", otherOrg));
    var twice = api.postForm("members/" + org, Map.of("member", person.username()));
    for (ApiResponse response : List.of(theOwner, anOrganization, twice)) {
      assertEquals(400, response.status(), response::toString);
      assertEquals("validation_error", response.errorCode());
    }
    var unknown =
        api.postForm("members/" + org, Map.of("member", "nobody-" + Accounts.unique("u")));
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("object_not_found", unknown.errorCode());
    var badRole =
        api.postForm("members/" + otherOrg, Map.of("member", person.username(), "role", "owner"));
    var badFlag =
        api.postForm(
            "members/" + otherOrg, Map.of("member", person.username(), "is_public", "maybe"));
    var noMember = api.postForm("members/" + otherOrg, Map.of("role", "admin"));
    for (ApiResponse response : List.of(badRole, badFlag, noMember)) {
      assertEquals(400, response.status(), response::toString);
      assertEquals("api_error", response.errorCode());
    }
    assertEquals(0, owner.api().get("members/" + otherOrg).jsonArray().size(), "nothing was added");
  }

  @Test
  void permissionIsCheckedBeforeTheTargetIsLookedUp() {
    var owner = Accounts.person("powner");
    var stranger = Accounts.person("pstranger");
    String org = Accounts.organization(owner.username());

    var strangerAddsUnknown =
        stranger.api().postForm("members/" + org, Map.of("member", "no-such-person-at-all"));
    assertEquals(403, strangerAddsUnknown.status(), strangerAddsUnknown::toString);
    var strangerRemovesUnknown = stranger.api().delete("members/" + org + "/no-such-person-at-all");
    assertEquals(403, strangerRemovesUnknown.status(), strangerRemovesUnknown::toString);

    var unknownOrg = stranger.api().get("members/no-such-org-" + Accounts.unique("o"));
    assertEquals(403, unknownOrg.status(), unknownOrg::toString);
    assertEquals("permission_denied", unknownOrg.errorCode());
    var aPerson = stranger.api().get("members/" + owner.username());
    assertEquals(403, aPerson.status());
    var anonymous = ApiClient.anonymous().get("members/" + org);
    assertEquals(401, anonymous.status());
    assertEquals("not_authenticated", anonymous.errorCode());

    var anyoneReads = stranger.api().get("members/" + org);
    assertEquals(200, anyoneReads.status(), anyoneReads::toString);
    var notAMember = stranger.api().get("members/" + org + "/" + stranger.username());
    assertEquals(404, notAMember.status());
  }

  @Test
  void removingAMemberRemovesThemFromTheOrganizationsTeams() {
    var owner = Accounts.person("rowner");
    var member = Accounts.person("rmember");
    String org = Accounts.organization(owner.username());
    var api = owner.api();
    api.postForm("members/" + org, Map.of("member", member.username()));
    api.postForm("organizations/" + org + "/teams", Map.of("team", "surveyors"));
    assertEquals(
        201,
        api.postForm(
                "organizations/" + org + "/teams/surveyors/members",
                Map.of("member", member.username()))
            .status());

    assertEquals(204, api.delete("members/" + org + "/" + member.username()).status());

    var team = api.get("organizations/" + org + "/teams/surveyors");
    assertEquals(0, team.json().getJsonArray("members").size(), team::toString);
  }

  static List<String> members(ApiResponse response) {
    assertEquals(200, response.status(), response::toString);
    return response.jsonArray().stream().map(v -> v.asJsonObject().getString("member")).toList();
  }
}

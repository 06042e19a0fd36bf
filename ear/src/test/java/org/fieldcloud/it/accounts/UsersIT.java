package org.fieldcloud.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/** Accounts: creation by staff, search, detail, change, own organizations (api.md 5.3). */
class UsersIT {

  @Test
  void staffCreatesAPersonWhoCanLogIn() {
    String username = Accounts.unique("new");

    var response =
        Accounts.admin()
            .postForm(
                "users",
                Map.of(
                    "username", username, "password", "pw-123456", "email", username + "@x.org"));

    assertEquals(201, response.status(), response::toString);
    var body = response.json();
    assertEquals(
        List.of("username", "type", "full_name", "avatar_url", "username_display"),
        List.copyOf(body.keySet()));
    assertEquals(username, body.getString("username"));
    assertEquals(1, body.getInt("type"));
    assertEquals("", body.getString("full_name"));
    assertEquals(JsonValue.NULL, body.get("avatar_url"));
    assertEquals(username, body.getString("username_display"));
    Accounts.login(username, "pw-123456");
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_useraccount a JOIN core_user u ON u.id = a.user_id"
                + " WHERE u.username = ?",
            username),
        "every person has a user account row");
  }

  @Test
  void onlyStaffMayCreateAccounts() {
    var person = Accounts.person("plain");
    var fields = Map.of("username", Accounts.unique("x"), "password", "p", "email", "x@y.org");

    var byPerson = person.api().postForm("users", fields);
    var byAnonymous = ApiClient.anonymous().postForm("users", fields);

    assertEquals(403, byPerson.status(), byPerson::toString);
    assertEquals("permission_denied", byPerson.errorCode());
    assertEquals(401, byAnonymous.status(), byAnonymous::toString);
    assertEquals("not_authenticated", byAnonymous.errorCode());
  }

  @Test
  void invalidOrReservedUsernamesAreRefusedAndNothingIsStored() {
    for (String username :
        List.of("ab", "1abc", "_abc", "a.b.c", "with space", "users", "QField", "Esri")) {
      var response =
          Accounts.admin()
              .postForm(
                  "users",
                  Map.of(
                      "username",
                      username,
                      "password",
                      "p",
                      "email",
                      Accounts.unique("e") + "@x.org"));
      assertEquals(400, response.status(), username + ": " + response);
      assertEquals("api_error", response.errorCode());
      assertEquals("API Error", response.json().getString("message"));
      assertEquals(
          0, Accounts.queryLong("SELECT count(*) FROM core_user WHERE username = ?", username));
    }
  }

  @Test
  void usernamesAndPersonEmailsAreUniqueWhateverTheirCase() {
    var person = Accounts.person("uniq");

    var sameName =
        Accounts.admin()
            .postForm(
                "users",
                Map.of(
                    "username",
                    person.username().toUpperCase(),
                    "password",
                    "p",
                    "email",
                    Accounts.unique("e") + "@x.org"));
    String otherName = Accounts.unique("other");
    var sameEmail =
        Accounts.admin()
            .postForm(
                "users",
                Map.of(
                    "username", otherName, "password", "p", "email", person.email().toUpperCase()));
    var noEmail =
        Accounts.admin()
            .postForm("users", Map.of("username", Accounts.unique("n"), "password", "p"));

    for (ApiResponse response : List.of(sameName, sameEmail, noEmail)) {
      assertEquals(400, response.status(), response::toString);
      assertEquals("api_error", response.errorCode());
    }
    assertEquals(
        0, Accounts.queryLong("SELECT count(*) FROM core_user WHERE username = ?", otherName));
  }

  @Test
  void searchIsPaginatedWithHeadersOnlyWhenALimitIsGiven() {
    String tag = Accounts.unique("srch").replace("-", "");
    for (String suffix : List.of("a", "b", "c")) {
      var created =
          Accounts.admin()
              .postForm(
                  "users",
                  Map.of(
                      "username", "p" + suffix + tag,
                      "password", "p",
                      "email", suffix + tag + "@x.org"));
      assertEquals(201, created.status(), created::toString);
    }
    var api = Accounts.admin();

    var all = api.get("users/?q=" + tag.toUpperCase());
    assertEquals(200, all.status(), all::toString);
    assertEquals(3, all.jsonArray().size());
    assertFalse(all.header("X-Total-Count").isPresent());
    assertFalse(all.header("X-Next-Page").isPresent());

    var first = api.get("users/?q=" + tag + "&limit=2");
    assertEquals(List.of("pa" + tag, "pb" + tag), usernames(first));
    assertEquals("3", first.header("X-Total-Count").orElseThrow());
    String next = first.header("X-Next-Page").orElseThrow();
    assertTrue(next.startsWith("http://"), next);
    assertTrue(
        next.contains("q=" + tag) && next.contains("limit=2") && next.contains("offset=2"), next);
    assertFalse(first.header("X-Previous-Page").isPresent());

    var second = api.getRaw(next.substring(next.indexOf("users/")));
    assertEquals(List.of("pc" + tag), usernames(second));
    assertFalse(second.header("X-Next-Page").isPresent());
    String previous = second.header("X-Previous-Page").orElseThrow();
    assertTrue(previous.contains("limit=2") && !previous.contains("offset"), previous);

    var offsetOnly = api.get("users/?q=" + tag + "&offset=2");
    assertEquals(3, offsetOnly.jsonArray().size());
    var beyond = api.get("users/?q=" + tag + "&limit=5&offset=10");
    assertEquals(0, beyond.jsonArray().size());
    assertEquals("3", beyond.header("X-Total-Count").orElseThrow());
  }

  @Test
  void searchFiltersByOrganizationAndKind() {
    var owner = Accounts.person("sowner");
    var member = Accounts.person("smember");
    var outsider = Accounts.person("soutsider");
    String org = Accounts.organization(owner.username());
    assertEquals(
        201, owner.api().postForm("members/" + org, Map.of("member", member.username())).status());
    var api = outsider.api();

    List<String> candidates = usernames(api.get("users/?q=s&organization=" + org + "&limit=1000"));
    assertTrue(candidates.contains(outsider.username()));
    assertFalse(candidates.contains(owner.username()));
    assertFalse(candidates.contains(member.username()));
    assertFalse(candidates.contains(org));

    List<String> inverted = usernames(api.get("users/?organization=" + org + "&invert=1"));
    assertEquals(
        List.of(owner.username(), member.username()).stream().sorted().toList(),
        inverted.stream().sorted().toList());

    assertTrue(usernames(api.get("users/?q=" + org)).contains(org));
    assertFalse(usernames(api.get("users/?q=" + org + "&exclude_organizations=1")).contains(org));

    var unknownOrg = api.get("users/?organization=no-such-org-anywhere");
    assertEquals(404, unknownOrg.status());
    assertEquals("object_not_found", unknownOrg.errorCode());
    var badProject = api.get("users/?project=not-a-uuid");
    assertEquals(400, badProject.status());
    assertEquals("validation_error", badProject.errorCode());
    assertEquals(401, ApiClient.anonymous().get("users").status());
  }

  @Test
  void detailShowsAllToYourselfAndPublicInfoToOthers() {
    var me = Accounts.person("self");
    var other = Accounts.person("someone");

    JsonObject mine = me.api().get("users/" + me.username()).json();
    assertEquals(me.email(), mine.getString("email"));
    assertEquals(1, mine.getInt("type"));

    var theirs = me.api().get("users/" + other.username());
    assertEquals(200, theirs.status());
    assertEquals(
        List.of("username", "type", "full_name", "avatar_url", "username_display"),
        List.copyOf(theirs.json().keySet()));

    var unknown = me.api().get("users/nobody-" + Accounts.unique("x"));
    assertEquals(403, unknown.status(), unknown::toString);
    assertEquals("permission_denied", unknown.errorCode());
  }

  @Test
  void organizationsAreVisibleToTheirOwnerAndMembersOnly() {
    var owner = Accounts.person("oowner");
    var member = Accounts.person("omember");
    var outsider = Accounts.person("ooutsider");
    String org = Accounts.organization(owner.username());
    owner
        .api()
        .postForm(
            "members/" + org,
            Map.of("member", member.username(), "role", "creator", "is_public", "True"));
    owner.api().postForm("organizations/" + org + "/teams", Map.of("team", "crew"));

    var asOwner = owner.api().get("users/" + org);
    assertEquals(200, asOwner.status(), asOwner::toString);
    var body = asOwner.json();
    assertEquals(
        List.of(
            "username",
            "type",
            "email",
            "avatar_url",
            "members",
            "organization_owner",
            "membership_role",
            "membership_role_origin",
            "membership_is_public",
            "teams"),
        List.copyOf(body.keySet()));
    assertEquals(2, body.getInt("type"));
    assertEquals(owner.username(), body.getString("organization_owner"));
    assertEquals("admin", body.getString("membership_role"));
    assertEquals("organization_owner", body.getString("membership_role_origin"));
    assertTrue(body.getBoolean("membership_is_public"));
    assertEquals(List.of(member.username()), strings(body.getJsonArray("members")));
    assertEquals(List.of("crew"), strings(body.getJsonArray("teams")));

    var asMember = member.api().get("users/" + org).json();
    assertEquals("creator", asMember.getString("membership_role"));
    assertEquals("organization_member", asMember.getString("membership_role_origin"));

    var asOutsider = outsider.api().get("users/" + org);
    assertEquals(404, asOutsider.status(), asOutsider::toString);
    assertEquals("object_not_found", asOutsider.errorCode());

    var mine = member.api().get("users/" + member.username() + "/organizations");
    assertEquals(200, mine.status(), mine::toString);
    assertEquals(org, mine.jsonArray().getJsonObject(0).getString("username"));
    assertEquals("creator", mine.jsonArray().getJsonObject(0).getString("membership_role"));
    var someoneElses = outsider.api().get("users/" + member.username() + "/organizations");
    assertEquals(403, someoneElses.status());
    assertEquals("permission_denied", someoneElses.errorCode());
  }

  @Test
  void peopleChangeTheirOwnAccountAndOrganizationAdminsTheirOrganization() {
    var me = Accounts.person("edit");
    var other = Accounts.person("editother");
    var plainMember = Accounts.person("editmember");
    String org = Accounts.organization(me.username());
    me.api().postForm("members/" + org, Map.of("member", plainMember.username()));

    var patched =
        me.api()
            .patchForm(
                "users/" + me.username(), Map.of("first_name", "Grace", "last_name", "Hopper"));
    assertEquals(200, patched.status(), patched::toString);
    assertEquals("Grace Hopper", patched.json().getString("full_name"));
    assertEquals(me.email(), patched.json().getString("email"));

    var takenEmail =
        me.api().patchForm("users/" + me.username(), Map.of("email", other.email().toUpperCase()));
    assertEquals(400, takenEmail.status(), takenEmail::toString);
    assertEquals("api_error", takenEmail.errorCode());
    var putWithoutUsername = me.api().putForm("users/" + me.username(), Map.of("first_name", "X"));
    assertEquals(400, putWithoutUsername.status());
    var reserved = me.api().patchForm("users/" + me.username(), Map.of("username", "projects"));
    assertEquals(400, reserved.status());

    var someoneElse = me.api().patchForm("users/" + other.username(), Map.of("first_name", "Evil"));
    assertEquals(403, someoneElse.status());
    assertEquals("permission_denied", someoneElse.errorCode());
    var byPlainMember = plainMember.api().patchForm("users/" + org, Map.of("first_name", "Evil"));
    assertEquals(403, byPlainMember.status());
    var byOwner = me.api().patchForm("users/" + org, Map.of("first_name", "Field"));
    assertEquals(200, byOwner.status(), byOwner::toString);
    var delete = me.api().delete("users/" + me.username());
    assertEquals(403, delete.status());

    String renamed = Accounts.unique("renamed");
    var rename = me.api().putForm("users/" + me.username(), Map.of("username", renamed));
    assertEquals(200, rename.status(), rename::toString);
    assertEquals(renamed, rename.json().getString("username"));
    assertEquals(200, me.api().get("users/" + renamed).status());
  }

  static List<String> usernames(ApiResponse response) {
    assertEquals(200, response.status(), response::toString);
    return response.jsonArray().stream().map(v -> v.asJsonObject().getString("username")).toList();
  }

  static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(s -> s.getString())
        .toList();
  }
}

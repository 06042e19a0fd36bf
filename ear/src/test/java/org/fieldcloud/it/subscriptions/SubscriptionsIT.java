package org.fieldcloud.it.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.junit.jupiter.api.Test;

/** Plans and subscriptions as users meet them (api.md 5.12, 6.12; model.md 1.5, 5.4). */
class SubscriptionsIT {

  private static final String PATH = "subscriptions/%s/current/";

  @Test
  void aNewPersonIsOnTheActiveDefaultPlan() {
    var ada = Accounts.person("subada");
    var response = ada.api().get(PATH.formatted(ada.username()));
    assertEquals(200, response.status(), response::toString);
    var body = response.json();
    assertEquals(
        List.of(
            "uuid",
            "plan_display_name",
            "plan_code",
            "plan_is_premium",
            "status",
            "active_since",
            "active_until",
            "storage_used_bytes",
            "active_storage_total_bytes",
            "plan_storage_threshold_warning_bytes",
            "plan_storage_threshold_critical_bytes"),
        List.copyOf(body.keySet()));
    assertEquals("default_user", body.getString("plan_code"));
    assertEquals("active_paid", body.getString("status"));
    assertFalse(body.getBoolean("plan_is_premium"));
    assertTrue(body.isNull("active_until"));
    assertEquals(0, body.getJsonNumber("storage_used_bytes").longValue());
    assertEquals(10_000_000, body.getJsonNumber("active_storage_total_bytes").longValue());
    assertEquals(2_000_000, body.getJsonNumber("plan_storage_threshold_warning_bytes").longValue());
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM subscription_subscription s JOIN core_user u"
                + " ON u.id = s.account_id WHERE u.username = ?",
            ada.username()),
        "the subscription is made with the account, not on first read");
  }

  @Test
  void onlyTheAccountOrItsOrganizationMayReadIt() {
    var owner = Accounts.person("subowner");
    var member = Accounts.person("submember");
    var stranger = Accounts.person("substranger");
    String org = Accounts.organization(owner.username());
    assertEquals(
        201, owner.api().postForm("members/" + org, Map.of("member", member.username())).status());

    var byOwner = owner.api().get(PATH.formatted(org));
    assertEquals(200, byOwner.status(), byOwner::toString);
    assertEquals("default_org", byOwner.json().getString("plan_code"));
    assertEquals(200, member.api().get(PATH.formatted(org)).status());

    for (String account : List.of(org, owner.username(), "no-such-account")) {
      var refused = stranger.api().get(PATH.formatted(account));
      assertEquals(403, refused.status(), refused::toString);
      assertEquals("permission_denied", refused.errorCode());
    }
    assertEquals(401, ApiClient.anonymous().get(PATH.formatted(org)).status());
  }

  @Test
  void storageUsedIsWhatTheAccountsProjectsHold() {
    var ada = Accounts.person("substore");
    var created =
        ada.api().postForm("projects", Map.of("name", Accounts.unique("p"), "is_public", "0"));
    assertEquals(201, created.status(), created::toString);
    Accounts.sql(
        "UPDATE project_project SET file_storage_bytes = 12000000 WHERE id = ?::uuid",
        created.json().getString("id"));
    var body = ada.api().get(PATH.formatted(ada.username())).json();
    assertEquals(12_000_000, body.getJsonNumber("storage_used_bytes").longValue());
    assertEquals(10_000_000, body.getJsonNumber("active_storage_total_bytes").longValue());
  }

  @Test
  void thePlanLimitsOrganizationMembers() {
    var owner = Accounts.person("limowner");
    var first = Accounts.person("limfirst");
    var second = Accounts.person("limsecond");
    String org = Accounts.organization(owner.username());
    String plan = planWith("max_organization_members", 2, 2);
    // Reading the subscription makes the default one; then the organization moves to the plan.
    assertEquals(200, owner.api().get(PATH.formatted(org)).status());
    switchPlan(org, plan);

    var added = owner.api().postForm("members/" + org, Map.of("member", first.username()));
    assertEquals(201, added.status(), added::toString);
    var refused = owner.api().postForm("members/" + org, Map.of("member", second.username()));
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("organization_has_max_number_of_members", refused.errorCode());
    assertEquals(
        0,
        Accounts.queryLong(
            "SELECT count(*) FROM core_organizationmember m JOIN core_user u ON u.id = m.member_id"
                + " WHERE u.username = ?",
            second.username()),
        "the refused member is not added");
  }

  @Test
  void thePlanLimitsCollaboratorsOnPrivateProjectsOnly() {
    var owner = Accounts.person("colowner");
    var friend = Accounts.person("colfriend");
    switchPlan(owner.username(), planWith("max_premium_collaborators_per_private_project", 0, 1));
    String privateProject = project(owner, false);
    String publicProject = project(owner, true);

    var refused =
        owner
            .api()
            .postForm(
                "collaborators/" + privateProject,
                Map.of("collaborator", friend.username(), "role", "editor"));
    assertEquals(400, refused.status(), refused::toString);
    assertEquals("validation_error", refused.errorCode());
    var allowed =
        owner
            .api()
            .postForm(
                "collaborators/" + publicProject,
                Map.of("collaborator", friend.username(), "role", "editor"));
    assertEquals(201, allowed.status(), allowed::toString);
  }

  @Test
  void subscriptionPeriodsOfAnAccountCannotOverlap() {
    var ada = Accounts.person("suboverlap");
    var error =
        assertThrows(
            IllegalStateException.class,
            () ->
                Accounts.sql(
                    "INSERT INTO subscription_subscription (plan_id, account_id, status,"
                        + " active_since, active_until) SELECT p.id, u.id, 'active_paid',"
                        + " now() - interval '1 day', now() + interval '1 day'"
                        + " FROM subscription_plan p, core_user u"
                        + " WHERE p.code = 'default_user' AND u.username = ?",
                    ada.username()));
    assertTrue(
        error.getMessage().contains("subscription_subscription_prevent_overlaps"),
        error.getMessage());
  }

  private static String project(Accounts.Person owner, boolean isPublic) {
    var created =
        owner
            .api()
            .postForm(
                "projects",
                Map.of("name", Accounts.unique("p"), "is_public", isPublic ? "1" : "0"));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  /** A plan of {@code userType} with one limit set; returns its code. */
  private static String planWith(String limitColumn, int value, int userType) {
    String code = Accounts.unique("plan");
    Accounts.sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status, "
            + limitColumn
            + ") VALUES (?, ?, ?, 10, 2000000, 1000000, 'active_paid', ?)",
        code,
        userType,
        code,
        value);
    return code;
  }

  /** Moves the account's current subscription to another plan. */
  private static void switchPlan(String account, String planCode) {
    int changed =
        Accounts.sql(
            "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p,"
                + " core_user u WHERE p.code = ? AND u.username = ? AND s.account_id = u.id"
                + " AND s.active_since <= now() AND s.active_until IS NULL",
            planCode,
            account);
    assertEquals(1, changed, "the account has one open subscription");
  }
}

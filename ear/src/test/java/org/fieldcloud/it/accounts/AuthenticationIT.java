package org.fieldcloud.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.junit.jupiter.api.Test;

/** Login, tokens, logout and the current user (api.md 2, 5.1; qfield-client.md 1). */
class AuthenticationIT {

  static final String QFIELD_AGENT =
      "qfield|v4.2.11|4.2.11 - Kaituna|4841a6bf1c0123456789abcdef0123456789abcd|"
          + " QGIS/34400/Android 14";
  static final String DATETIME =
      "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}(Z|[+-]\\d\\d:\\d\\d)";

  private final ApiClient anonymous = ApiClient.anonymous();

  @Test
  void sdkLoginAnswersTheTokenAndTheUser() {
    var person = Accounts.person("sdk");

    var response =
        anonymous.postForm(
            "auth/login", Map.of("username", person.username(), "password", Accounts.PASSWORD));

    assertEquals(200, response.status(), response::toString);
    var body = response.json();
    assertEquals(
        List.of(
            "token",
            "expires_at",
            "username",
            "type",
            "email",
            "avatar_url",
            "first_name",
            "last_name",
            "full_name"),
        List.copyOf(body.keySet()));
    assertTrue(body.getString("token").matches("[A-Za-z0-9]{100}"), body.toString());
    assertEquals(person.username(), body.getString("username"));
    assertEquals(JsonValue.ValueType.STRING, body.get("type").getValueType());
    assertEquals("1", body.getString("type"));
    assertEquals(person.email(), body.getString("email"));
    assertEquals(JsonValue.NULL, body.get("avatar_url"));
    assertEquals("Ada", body.getString("first_name"));
    assertEquals("Lovelace", body.getString("last_name"));
    assertEquals("Ada Lovelace", body.getString("full_name"));
    String expiresAt = body.getString("expires_at");
    assertTrue(expiresAt.matches(DATETIME), expiresAt);
    Duration lifetime = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(expiresAt));
    assertTrue(Math.abs(lifetime.minusHours(720).toMinutes()) < 5, "expires in " + lifetime);
    assertEquals("sdk", clientTypeOf(body.getString("token")));
  }

  @Test
  void loginAcceptsTheEmailOrTheUsernameInAnyCase() {
    var person = Accounts.person("mail");

    var byEmailField =
        anonymous.postForm(
            "auth/login",
            Map.of("email", person.email().toUpperCase(), "password", Accounts.PASSWORD));
    var byEmailAsUsername =
        anonymous.postForm(
            "auth/login", Map.of("username", person.email(), "password", Accounts.PASSWORD));
    var byUpperUsername =
        anonymous.postForm(
            "auth/login",
            Map.of("username", person.username().toUpperCase(), "password", Accounts.PASSWORD));

    for (ApiResponse response : List.of(byEmailField, byEmailAsUsername, byUpperUsername)) {
      assertEquals(200, response.status(), response::toString);
      assertEquals(person.username(), response.json().getString("username"));
    }
  }

  @Test
  void wrongCredentialsAre401WithoutWwwAuthenticate() {
    var person = Accounts.person("wrong");

    var wrongPassword =
        anonymous.postForm(
            "auth/login", Map.of("username", person.username(), "password", "not-it"));
    var unknownUser =
        anonymous.postForm("auth/login", Map.of("username", "nobody-here", "password", "x"));
    var noName = anonymous.postForm("auth/login", Map.of("password", "x"));
    var noPassword = anonymous.postForm("auth/login", Map.of("username", person.username()));

    for (ApiResponse response : List.of(wrongPassword, unknownUser, noName)) {
      assertEquals(401, response.status(), response::toString);
      assertEquals("authentication_failed", response.errorCode());
      assertEquals("Authentication failed", response.json().getString("message"));
      assertFalse(response.header("WWW-Authenticate").isPresent());
    }
    assertEquals(400, noPassword.status(), noPassword::toString);
    assertEquals("api_error", noPassword.errorCode());
  }

  @Test
  void loginAcceptsMultipartBodies() {
    var person = Accounts.person("multi");

    var response =
        anonymous.postMultipart(
            "auth/login", Map.of("username", person.username(), "password", Accounts.PASSWORD));

    assertEquals(200, response.status(), response::toString);
    assertEquals(person.username(), response.json().getString("username"));
  }

  @Test
  void unreadableBodiesAreClientErrors() {
    var plainText = anonymous.post("auth/login", "text/plain", "username=a&password=b");
    var brokenJson = anonymous.post("auth/login", "application/json", "{\"username\": ");
    var jsonArray = anonymous.post("auth/login", "application/json", "[1, 2]");

    assertEquals(415, plainText.status(), plainText::toString);
    assertEquals("api_error", plainText.errorCode());
    for (ApiResponse response : List.of(brokenJson, jsonArray)) {
      assertEquals(400, response.status(), response::toString);
      assertEquals("api_error", response.errorCode());
    }
  }

  @Test
  void inactivePersonsCannotLogInNorUseTheirTokens() {
    var person = Accounts.person("inactive");
    Accounts.sql("UPDATE core_user SET is_active = false WHERE username = ?", person.username());

    var login =
        anonymous.postForm(
            "auth/login", Map.of("username", person.username(), "password", Accounts.PASSWORD));
    var user = person.api().get("auth/user");

    assertEquals(401, login.status(), login::toString);
    assertEquals("authentication_failed", login.errorCode());
    assertEquals(401, user.status(), user::toString);
    assertEquals("token_authentication_failed", user.errorCode());
  }

  @Test
  void workerTokensAuthenticateAndSurviveLogins() {
    var person = Accounts.person("worker");
    String key = "W".repeat(100);
    Accounts.sql(
        "INSERT INTO authentication_authtoken (user_id, key, expires_at, client_type)"
            + " SELECT id, ?, now() + interval '1 hour', 'worker' FROM core_user WHERE username = ?",
        key,
        person.username());

    Accounts.login(person.username(), Accounts.PASSWORD);
    qfieldLogin(person.username());
    var response = anonymous.withToken(key).get("auth/user");

    assertEquals(200, response.status(), response::toString);
    assertEquals(person.username(), response.json().getString("username"));
  }

  @Test
  void organizationsCannotLogIn() {
    var owner = Accounts.person("owner");
    String org = Accounts.organization(owner.username());

    var response = anonymous.postForm("auth/login", Map.of("username", org, "password", ""));

    assertEquals(401, response.status(), response::toString);
    assertEquals("authentication_failed", response.errorCode());
  }

  @Test
  void qfieldLogsInWithJsonDespiteAStaleTokenAndGetsWhatItReads() {
    var person = Accounts.person("qfield");
    var qfield =
        anonymous.withUserAgent(QFIELD_AGENT).withAuthorization("Token " + "x".repeat(100));

    var response =
        qfield.postJson(
            "auth/token",
            "{\n    \"password\": \""
                + Accounts.PASSWORD
                + "\",\n    \"username\": \""
                + person.username()
                + "\"\n}");

    assertEquals(200, response.status(), response::toString);
    var body = response.json();
    assertEquals(JsonValue.ValueType.STRING, body.get("token").getValueType());
    assertEquals(person.username(), body.getString("username"));
    assertEquals(person.email(), body.getString("email"));
    assertEquals(JsonValue.NULL, body.get("avatar_url"));
    assertEquals("qfield", clientTypeOf(body.getString("token")));

    // Startup token login: GET auth/user/ with the stored token.
    var user =
        anonymous.withUserAgent(QFIELD_AGENT).withToken(body.getString("token")).get("auth/user");
    assertEquals(200, user.status(), user::toString);
    assertEquals(person.username(), user.json().getString("username"));
    assertEquals(person.email(), user.json().getString("email"));
  }

  @Test
  void aNewQFieldLoginExpiresTheOldQFieldTokenButNotOthers() {
    var person = Accounts.person("single");
    String sdkToken = person.token();
    String firstQField = qfieldLogin(person.username());
    String secondQField = qfieldLogin(person.username());
    String otherSdkToken = Accounts.login(person.username(), Accounts.PASSWORD);

    var first = anonymous.withToken(firstQField).get("auth/user");
    assertEquals(401, first.status(), first::toString);
    assertEquals("token_authentication_failed", first.errorCode());
    for (String valid : List.of(secondQField, sdkToken, otherSdkToken)) {
      var response = anonymous.withToken(valid).get("auth/user");
      assertEquals(200, response.status(), response::toString);
    }
  }

  @Test
  void logoutExpiresEveryTokenOfTheUser() {
    var person = Accounts.person("logout");
    String second = Accounts.login(person.username(), Accounts.PASSWORD);
    String qfield = qfieldLogin(person.username());

    var response = person.api().postForm("auth/logout", Map.of());

    assertEquals(200, response.status(), response::toString);
    assertEquals("Successfully logged out.", response.json().getString("detail"));
    for (String token : List.of(person.token(), second, qfield)) {
      var user = anonymous.withToken(token).get("auth/user");
      assertEquals(401, user.status(), user::toString);
      assertEquals("token_authentication_failed", user.errorCode());
    }
  }

  @Test
  void anonymousLogoutSucceedsAndGetLogsOutToo() {
    var anonymousLogout = anonymous.postForm("auth/logout", Map.of());
    assertEquals(200, anonymousLogout.status(), anonymousLogout::toString);
    assertEquals("Successfully logged out.", anonymousLogout.json().getString("detail"));

    var person = Accounts.person("getout");
    assertEquals(200, person.api().get("auth/logout").status());
    assertEquals(401, person.api().get("auth/user").status());
  }

  @Test
  void expiredTokensAreRefusedEvenOnPublicEndpoints() {
    var person = Accounts.person("expired");
    Accounts.sql(
        "UPDATE authentication_authtoken SET expires_at = now() - interval '1 second'"
            + " WHERE key = ?",
        person.token());

    for (String path : List.of("auth/user", "status", "server/info", "auth/providers")) {
      var response = person.api().get(path);
      assertEquals(401, response.status(), path + ": " + response);
      assertEquals("token_authentication_failed", response.errorCode());
      assertEquals("Token authentication failed", response.json().getString("message"));
      assertFalse(response.header("WWW-Authenticate").isPresent());
    }
    var unknown = anonymous.withToken("unknown-key").get("status");
    assertEquals(401, unknown.status(), unknown::toString);
    assertEquals("token_authentication_failed", unknown.errorCode());
  }

  @Test
  void theTokenKeywordIsCaseInsensitiveAndMalformedHeadersAreRefused() {
    var person = Accounts.person("header");

    for (String keyword : List.of("Token", "token", "TOKEN")) {
      var response = anonymous.withAuthorization(keyword + " " + person.token()).get("auth/user");
      assertEquals(200, response.status(), keyword + ": " + response);
    }
    for (String header : List.of("Token", "Token a b")) {
      var response = anonymous.withAuthorization(header).get("auth/user");
      assertEquals(401, response.status(), header + ": " + response);
      assertEquals("authentication_failed", response.errorCode());
    }
    var bearer = anonymous.withAuthorization("Bearer " + person.token()).get("auth/user");
    assertEquals(401, bearer.status(), bearer::toString);
    assertEquals("not_authenticated", bearer.errorCode());
    assertEquals(200, anonymous.withAuthorization("Bearer abc").get("status").status());
  }

  @Test
  void theCurrentUserNeedsAuthentication() {
    var response = anonymous.get("auth/user");
    assertEquals(401, response.status(), response::toString);
    assertEquals("not_authenticated", response.errorCode());
    assertFalse(response.header("WWW-Authenticate").isPresent());

    var person = Accounts.person("me");
    var me = person.api().get("auth/user");
    assertEquals(200, me.status(), me::toString);
    var body = me.json();
    assertEquals(
        List.of("username", "type", "full_name", "email", "avatar_url", "first_name", "last_name"),
        List.copyOf(body.keySet()));
    assertEquals(1, body.getInt("type"));
    assertEquals("Ada Lovelace", body.getString("full_name"));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM authentication_authtoken"
                + " WHERE key = ? AND last_used_at > now() - interval '1 minute'",
            person.token()),
        "last_used_at is recorded");
  }

  @Test
  void fiveFailuresLockTheUsernameFromThisAddressUntilTheLockExpires() {
    var person = Accounts.person("locked");
    var bystander = Accounts.person("bystander");
    var wrong = Map.of("username", person.username(), "password", "wrong");

    for (int i = 1; i <= 4; i++) {
      var response = anonymous.postForm("auth/login", wrong);
      assertEquals("authentication_failed", response.errorCode(), "attempt " + i);
    }
    var fifth = anonymous.postForm("auth/login", wrong);
    assertEquals(401, fifth.status());
    assertEquals("too_many_failed_login_attempts", fifth.errorCode());
    assertEquals("Too many failed login attempts!", fifth.json().getString("message"));

    var right =
        anonymous.postForm(
            "auth/login", Map.of("username", person.username(), "password", Accounts.PASSWORD));
    assertEquals(401, right.status(), right::toString);
    assertEquals("too_many_failed_login_attempts", right.errorCode());
    Accounts.login(bystander.username(), Accounts.PASSWORD);

    // Another app node would see the same rows: the lock lives in the database.
    int expired =
        Accounts.sql(
            "UPDATE accounts_loginattempt SET last_failure_at = now() - interval '31 minutes'"
                + " WHERE username = lower(?)",
            person.username());
    assertEquals(1, expired);
    var afterLock =
        anonymous.postForm(
            "auth/login", Map.of("username", person.username(), "password", Accounts.PASSWORD));
    assertEquals(200, afterLock.status(), afterLock::toString);
    assertEquals(
        0,
        Accounts.sql(
            "DELETE FROM accounts_loginattempt WHERE username = lower(?)", person.username()),
        "a successful login clears the count");
  }

  @Test
  void providersListPasswordLogin() {
    var response = anonymous.get("auth/providers");
    assertEquals(200, response.status(), response::toString);
    var credentials = response.jsonArray().getJsonObject(0);
    assertEquals("credentials", credentials.getString("type"));
    assertEquals("credentials", credentials.getString("id"));
    assertEquals("Username / Password", credentials.getString("name"));
  }

  @Test
  void serverInfoTellsQFieldHowToLogIn() {
    var response = anonymous.withUserAgent(QFIELD_AGENT).get("server/info");
    assertEquals(200, response.status(), response::toString);
    var body = response.json();
    assertEquals(List.of("whitelabel", "auth_providers", "signup_url"), List.copyOf(body.keySet()));
    var whitelabel = body.getJsonObject("whitelabel");
    assertEquals("QFieldCloud", whitelabel.getString("site_title"));
    for (String logo : List.of("logo_navbar", "logo_main", "favicon")) {
      assertTrue(whitelabel.getString(logo).startsWith("http://"), logo);
    }
    assertEquals(
        "credentials", body.getJsonArray("auth_providers").getJsonObject(0).getString("id"));
    assertEquals(JsonValue.NULL, body.get("signup_url"));
  }

  @Test
  void getWithoutTrailingSlashIsRedirectedOnce() {
    var response = anonymous.getRaw("auth/providers?x=1");
    assertEquals(301, response.status(), response::toString);
    String location = response.header("Location").orElseThrow();
    assertTrue(location.endsWith("/api/v1/auth/providers/?x=1"), location);

    var member = anonymous.getRaw("members/some-org/some-user");
    assertEquals(301, member.status());
    assertTrue(member.header("Location").orElseThrow().endsWith("/members/some-org/some-user/"));
  }

  private String qfieldLogin(String username) {
    var response =
        anonymous
            .withUserAgent(QFIELD_AGENT)
            .postJson(
                "auth/token",
                "{\"password\": \""
                    + Accounts.PASSWORD
                    + "\", \"username\": \""
                    + username
                    + "\"}");
    assertEquals(200, response.status(), response::toString);
    String token = response.json().getString("token");
    assertNotEquals("", token);
    return token;
  }

  static String clientTypeOf(String token) {
    try (var db = org.fieldcloud.it.support.TestServer.database();
        var q =
            db.prepareStatement("SELECT client_type FROM authentication_authtoken WHERE key = ?")) {
      q.setString(1, token);
      try (var row = q.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

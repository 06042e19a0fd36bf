package org.fieldcloud.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Creates the accounts a test needs, each with a unique name. Persons go through the API ({@code
 * POST users/} as the staff admin). Organizations have no API (api.md 5.3): they are inserted
 * straight into the database, the same rows AccountService.createOrganization writes.
 */
public final class Accounts {

  public static final String PASSWORD = "Secret-pass-123";

  private static String adminToken;

  private Accounts() {}

  /** A person that has logged in with the SDK. */
  public record Person(String username, String email, String token) {
    public ApiClient api() {
      return ApiClient.anonymous().withToken(token);
    }
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static synchronized String adminToken() {
    if (adminToken == null) {
      adminToken =
          login(
              TestServer.env("FIELDCLOUD_ADMIN_USERNAME"),
              TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    }
    return adminToken;
  }

  public static ApiClient admin() {
    return ApiClient.anonymous().withToken(adminToken());
  }

  /** Creates a person through the API and logs them in. */
  public static Person person(String prefix) {
    String username = unique(prefix);
    String email = username + "@example.org";
    var created =
        admin()
            .postForm(
                "users",
                Map.of(
                    "username", username,
                    "password", PASSWORD,
                    "email", email,
                    "first_name", "Ada",
                    "last_name", "Lovelace"));
    assertEquals(201, created.status(), created::toString);
    return new Person(username, email, login(username, PASSWORD));
  }

  public static String login(String username, String password) {
    var response =
        ApiClient.anonymous()
            .postForm("auth/login", Map.of("username", username, "password", password));
    assertEquals(200, response.status(), response::toString);
    return response.json().getString("token");
  }

  /** Inserts an organization owned by {@code owner}; returns its name. */
  public static String organization(String ownerUsername) {
    String name = unique("org");
    try (var db = TestServer.database()) {
      long ownerId;
      try (var q = db.prepareStatement("SELECT id FROM core_user WHERE username = ?")) {
        q.setString(1, ownerUsername);
        try (var row = q.executeQuery()) {
          row.next();
          ownerId = row.getLong(1);
        }
      }
      long id;
      try (var q =
          db.prepareStatement(
              "INSERT INTO core_user (username, email, type) VALUES (?, ?, 2) RETURNING id")) {
        q.setString(1, name);
        q.setString(2, name + "@example.org");
        try (var row = q.executeQuery()) {
          row.next();
          id = row.getLong(1);
        }
      }
      try (var q =
          db.prepareStatement(
              "INSERT INTO core_organization (user_ptr_id, organization_owner_id, created_by_id)"
                  + " VALUES (?, ?, ?)")) {
        q.setLong(1, id);
        q.setLong(2, ownerId);
        q.setLong(3, ownerId);
        q.executeUpdate();
      }
      try (var q = db.prepareStatement("INSERT INTO core_useraccount (user_id) VALUES (?)")) {
        q.setLong(1, id);
        q.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  /** The first column of the first row of a query, e.g. a {@code count(*)}. */
  /**
   * Moves the account to a plan of its own with 1 000 MB of storage (the default plan has 10 MB, as
   * QFieldCloud's), for tests that upload big files.
   */
  public static void grantStorage(Person account) {
    account.api().get("subscriptions/" + account.username() + "/current/"); // creates it if needed
    String plan = unique("big");
    sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status) VALUES (?, 1, ?, 1000, 2000000, 1000000, 'active_paid')",
        plan,
        plan);
    sql(
        "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p, core_user u"
            + " WHERE p.code = ? AND u.id = s.account_id AND u.username = ?",
        plan,
        account.username());
  }

  public static long queryLong(String query, Object... params) {
    try (var db = TestServer.database();
        var q = db.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      try (var row = q.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one SQL statement with parameters, for checks and set-ups the API cannot make. */
  public static int sql(String statement, Object... params) {
    try (var db = TestServer.database();
        var q = db.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      return q.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.fieldcloud.secrets.infrastructure.SecretCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Secrets get in through the admin console only ("web UI only", api.md 7.5/7.6; model.md 2.7):
 * staff adds a project secret from the project's page and an organization's pg_service secret for
 * one member from the organization's page, sees name, type, owner and assigned person but never a
 * value, and deletes one after confirming. What the form stores is the encrypted value the workers
 * get.
 */
class AdminSecretsBrowserIT {

  private AdminBrowser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new AdminBrowser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void staffAddsListsAndDeletesSecretsWhoseValuesAreNeverShown() throws Exception {
    Accounts.Person owner = Accounts.person("secowner");
    Accounts.Person member = Accounts.person("secmember");
    String organization = Accounts.organization(owner.username());
    assertEquals(
        201,
        owner
            .api()
            .postForm("members/" + organization, Map.of("member", member.username()))
            .status());
    String projectName = Accounts.unique("secproj");
    var created = owner.api().postForm("projects", Map.of("name", projectName, "is_public", "0"));
    assertEquals(201, created.status(), created::toString);
    String project = created.json().getString("id");
    String token = "tok-" + UUID.randomUUID();
    String password = "pgpw-" + UUID.randomUUID();

    browser.open("project.xhtml?id=" + project);
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.click(By.id("secrets"));
    browser.wait.until(ExpectedConditions.urlContains("/admin/secrets.xhtml"));
    assertEquals(
        owner.username() + "/" + projectName,
        browser.driver.findElement(By.id("new-secret:project")).getAttribute("value"),
        "the form is for the project the page came from");

    // An environment variable of the project.
    browser.type(By.id("new-secret:name"), "API_TOKEN");
    browser.type(By.id("new-secret:value"), token);
    browser.click(By.id("new-secret:create"));
    expectMessage("Secret API_TOKEN created.");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("list:secrets"), "Environment variable"));
    assertEquals("", browser.driver.findElement(By.id("new-secret:value")).getAttribute("value"));
    assertFalse(browser.driver.getPageSource().contains(token), "the value is not on the page");
    browser.screenshot("admin-secrets-project");
    assertEquals(token, storedValue(project, "API_TOKEN"), "stored encrypted, as workers get it");

    // A pg_service value must be one section; a refused value is not shown back either.
    browser.driver.navigate().refresh();
    browser.type(By.id("new-secret:name"), "TWO");
    chooseType("pg_service");
    browser.type(By.id("new-secret:value"), "[one]\nhost=a\n[two]\nhost=b\npassword=" + password);
    browser.click(By.id("new-secret:create"));
    expectMessage("exactly one [service] section");
    assertEquals("", browser.driver.findElement(By.id("new-secret:value")).getAttribute("value"));
    assertFalse(browser.driver.getPageSource().contains(password));

    // A pg_service secret of the organization, for one member only.
    browser.open("organization.xhtml?name=" + organization);
    browser.click(By.id("secrets"));
    browser.wait.until(ExpectedConditions.urlContains("organization=" + organization));
    browser.type(By.id("new-secret:name"), "MAINDB");
    chooseType("pg_service");
    browser.type(
        By.id("new-secret:value"),
        "[maindb]\nhost=127.0.0.1\ndbname=field\nuser=reader\npassword=" + password);
    browser.type(By.id("new-secret:assigned"), member.username());
    browser.click(By.id("new-secret:create"));
    expectMessage("Secret PG_SERVICE_MAINDB created.");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("list:secrets"), member.username()));
    String table = browser.driver.findElement(By.id("list:secrets")).getText();
    assertTrue(table.contains("PG_SERVICE_MAINDB") && table.contains("pg_service"), table);
    assertFalse(browser.driver.getPageSource().contains(password));
    browser.screenshot("admin-secrets-organization");

    // Every secret in one list, found by the project's name; deleting asks first.
    browser.open("secrets.xhtml?q=" + projectName);
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("button.delete-secret"), 1));
    browser.click(By.cssSelector("button.delete-secret"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
    browser.click(By.id("confirm-yes"));
    expectMessage("Secret API_TOKEN of " + owner.username() + "/" + projectName + " deleted.");
    assertEquals(
        0,
        Accounts.queryLong("SELECT count(*) FROM core_secret WHERE project_id = ?::uuid", project));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_secret s JOIN core_user o ON o.id = s.organization_id"
                + " JOIN core_user a ON a.id = s.assigned_to_id WHERE o.username = ?"
                + " AND a.username = ? AND s.type = 'pgservice'",
            organization,
            member.username()));
  }

  @Test
  void theSecretsPageIsForStaffOnly() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    URI page = TestServer.url().resolve("/admin/secrets.xhtml");
    var anonymous =
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, anonymous.statusCode());

    Accounts.Person person = Accounts.person("secnonstaff");
    browser.open("secrets.xhtml");
    browser.logIn(person.username(), Accounts.PASSWORD);
    browser.wait.until(ExpectedConditions.urlContains("/admin/accounts/profile.xhtml"));
    var forbidden =
        http.send(
            HttpRequest.newBuilder(page).header("Cookie", browser.sessionCookie()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, forbidden.statusCode());
  }

  /** Waits for the message; on a timeout, says what the page said instead. */
  private void expectMessage(String text) {
    try {
      browser.waitForMessage(text);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected \"" + text + "\", the page says: " + browser.messages(), e);
    }
  }

  /** Picks an entry of the PrimeFaces menu of types, as a user clicks it. */
  private void chooseType(String label) {
    browser.click(By.id("new-secret:type"));
    browser.click(By.cssSelector("#new-secret\\:type_items li[data-label='" + label + "']"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("new-secret:type_label"), label));
  }

  private static String storedValue(String project, String name) throws SQLException {
    try (var db = TestServer.database();
        var q =
            db.prepareStatement(
                "SELECT value FROM core_secret WHERE project_id = ?::uuid AND name = ?")) {
      q.setString(1, project);
      q.setString(2, name);
      try (var row = q.executeQuery()) {
        assertTrue(row.next(), "no secret " + name);
        String stored = row.getString(1);
        assertTrue(stored.startsWith("v1:"), "encrypted form");
        return SecretCipher.withKey(TestServer.env("FIELDCLOUD_SECRETS_KEY")).decrypt(stored);
      }
    }
  }
}

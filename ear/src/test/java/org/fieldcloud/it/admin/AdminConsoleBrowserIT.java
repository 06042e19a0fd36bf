package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A staff user works through the console in a real browser (issue 9, model.md 2). */
class AdminConsoleBrowserIT {

  private AdminBrowser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new AdminBrowser();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  private void logInAsStaff(String page) {
    browser.open(page);
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
  }

  @Test
  void staffSeesServiceHealthAfterLogin() throws Exception {
    browser.open("");
    assertTrue(browser.driver.getCurrentUrl().contains("/admin/accounts/login.xhtml"));
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("database")));
    assertEquals("ok", browser.driver.findElement(By.id("database")).getText());
    assertEquals("ok", browser.driver.findElement(By.id("storage")).getText());
    browser.screenshot("admin-dashboard");
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() throws Exception {
    browser.open("people.xhtml");
    browser.logIn(TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), "not-the-password");
    browser.waitForMessage("Unable to log in with the provided credentials.");
    assertTrue(browser.driver.getCurrentUrl().contains("/accounts/login.xhtml"));
    browser.screenshot("admin-login-refused");
  }

  @Test
  void staffFindsAPersonCreatesAnOrganizationAndAddsAMember() throws Exception {
    Accounts.Person owner = Accounts.person("owner");
    Accounts.Person member = Accounts.person("member");

    // Login from a deep link comes back to it.
    logInAsStaff("people.xhtml");
    browser.wait.until(ExpectedConditions.urlContains("/admin/people.xhtml"));

    // Find the user.
    browser.type(By.id("list:search"), member.username());
    browser.click(By.id("list:go"));
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.person-link"), 1));
    browser.screenshot("admin-people-search");
    browser.click(By.linkText(member.username()));
    browser.wait.until(ExpectedConditions.textToBe(By.id("email"), member.email()));
    browser.screenshot("admin-person");

    // Create an organization.
    browser.open("organizations.xhtml");
    browser.click(By.id("list:add"));
    String name = Accounts.unique("adminorg");
    browser.type(By.id("new-organization:name"), name);
    browser.type(By.id("new-organization:email"), name + "@example.org");
    browser.type(By.id("new-organization:owner"), owner.username());
    browser.click(By.id("new-organization:create"));
    browser.waitForMessage("Organization " + name + " created.");
    assertEquals(name, browser.driver.findElement(By.id("name")).getText());
    assertEquals(owner.username(), browser.driver.findElement(By.id("owner")).getText());

    // Add a member.
    browser.type(By.id("members-form:member"), member.username());
    browser.click(By.id("members-form:add-member"));
    browser.waitForMessage(member.username() + " added to " + name + " as member.");
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("members-form:members"), member.username()));
    browser.screenshot("admin-organization-member-added");
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_organizationmember m JOIN core_user o ON o.id ="
                + " m.organization_id JOIN core_user u ON u.id = m.member_id"
                + " WHERE o.username = ? AND u.username = ? AND m.role = 'member'",
            name,
            member.username()));

    // The organization is in the list, found by its owner.
    browser.open("organizations.xhtml?q=owner:" + owner.username());
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.organization-link"), 1));
    assertEquals(name, browser.driver.findElement(By.cssSelector("a.organization-link")).getText());

    // Removing asks first; cancelling keeps the member.
    browser.open("organization.xhtml?name=" + name);
    browser.click(By.cssSelector("button.remove-member"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-no")));
    browser.screenshot("admin-remove-member-confirmation");
    browser.click(By.id("confirm-no"));
    browser.waitUntilNoDialog();
    assertEquals(1, members(name));
    browser.click(By.cssSelector("button.remove-member"));
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage(member.username() + " removed from " + name + ".");
    assertEquals(0, members(name));
  }

  private static long members(String organization) {
    return Accounts.queryLong(
        "SELECT count(*) FROM core_organizationmember m JOIN core_user o ON o.id ="
            + " m.organization_id WHERE o.username = ?",
        organization);
  }

  @Test
  void staffOpensAProjectFromTheListAndGlobalSearchAndDownloadsAFile() throws Exception {
    Accounts.Person owner = Accounts.person("projowner");
    String projectName = Accounts.unique("adminproj");
    var created =
        owner
            .api()
            .postForm(
                "projects",
                Map.of("name", projectName, "owner", owner.username(), "description", "seen"));
    assertEquals(201, created.status(), created::toString);
    String projectId = created.json().getString("id");
    byte[] first = "first version\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] second = "second version, longer\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte[] content : List.of(first, second)) {
      var uploaded =
          owner.api().postFile("files/" + projectId + "/notes.txt", "file", "notes.txt", content);
      assertEquals(201, uploaded.status(), uploaded::toString);
    }

    logInAsStaff("projects.xhtml");
    browser.wait.until(ExpectedConditions.urlContains("/admin/projects.xhtml"));
    browser.type(By.id("list:search"), projectName);
    browser.click(By.id("list:go"));
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.project-link"), 1));
    browser.screenshot("admin-projects");
    browser.click(By.cssSelector("a.project-link"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("project-id"), projectId));
    assertEquals(projectName, browser.driver.findElement(By.id("name")).getText());
    assertEquals(owner.username(), browser.driver.findElement(By.id("owner")).getText());
    assertEquals("notes.txt", browser.driver.findElement(By.cssSelector(".file-name")).getText());
    var downloads = browser.driver.findElements(By.cssSelector("a.download"));
    assertEquals(2, downloads.size());
    browser.screenshot("admin-project");

    // The links download each version, in the staff session.
    List<byte[]> expected = List.of(second, first);
    for (int i = 0; i < 2; i++) {
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(downloads.get(i).getAttribute("href")))
                      .header("Cookie", browser.sessionCookie())
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      assertTrue(
          response.headers().firstValue("Content-Disposition").orElse("").contains("notes.txt"));
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected.get(i), response.body());
    }

    browser.open("search.xhtml");
    browser.type(By.id("search-form:query"), owner.email());
    browser.click(By.id("search-form:go"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("found-person"), owner.username()));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("search-form:projects"), projectName));
    browser.screenshot("admin-global-search");
  }

  @Test
  void listsArePagedAndSortedInTheDatabase() throws Exception {
    String prefix = Accounts.unique("page").replace("-", "");
    for (int i = 0; i < 23; i++) {
      Accounts.sql(
          "INSERT INTO core_user (username, email, type) VALUES (?, ?, 1)",
          prefix + String.format("%02d", i),
          prefix + i + "@example.org");
      Accounts.sql(
          "INSERT INTO core_person (user_ptr_id) SELECT id FROM core_user WHERE username = ?",
          prefix + String.format("%02d", i));
    }
    logInAsStaff("people.xhtml");
    browser.type(By.id("list:search"), prefix);
    browser.click(By.id("list:go"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:people"), "1-20 of 23"));
    // Sort by username, ascending: the first row is the lowest name.
    browser.click(By.xpath("//th[.//span[text()='Username']]"));
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("a.person-link"), prefix + "00"));
    browser.click(By.xpath("//th[.//span[text()='Username']]"));
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("a.person-link"), prefix + "22"));
    browser.click(By.cssSelector("#list\\:people a.ui-paginator-next"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:people"), "21-23 of 23"));
    assertEquals(3, browser.driver.findElements(By.cssSelector("a.person-link")).size());
    browser.screenshot("admin-people-paged");
  }

  @Test
  void staffOpensAFailedJobReadsItsLogsAndReRunsIt() throws Exception {
    Accounts.Person owner = Accounts.person("jobowner");
    var created =
        owner
            .api()
            .postForm(
                "projects", Map.of("name", Accounts.unique("jobproj"), "owner", owner.username()));
    assertEquals(201, created.status(), created::toString);
    String projectId = created.json().getString("id");
    java.util.UUID jobId = java.util.UUID.randomUUID();
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, output, feedback, triggered_by_id,"
            + " created_by_id, finished_at) SELECT ?, ?, 'process_projectfile', 'failed', ?, ?,"
            + " u.id, u.id, now() FROM core_user u WHERE u.username = ?",
        jobId,
        java.util.UUID.fromString(projectId),
        "Reading project.qgs\nQGIS could not open the project: layer missing",
        "{\"error_type\": \"CANNOT_OPEN_PROJECT\", \"steps\": [{\"id\": \"start_qgis\"}]}",
        owner.username());

    logInAsStaff("jobs.xhtml");
    browser.wait.until(ExpectedConditions.urlContains("/admin/jobs.xhtml"));
    browser.type(By.id("list:search"), projectId);
    browser.click(By.id("list:status"));
    browser.click(By.cssSelector("li[data-label='failed']"));
    browser.click(By.id("list:go"));
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.job-link"), 1));
    assertTrue(
        browser.driver.findElement(By.id("list:jobs")).getText().contains("CANNOT_OPEN_PROJECT"));
    browser.screenshot("admin-jobs-failed");
    browser.click(By.cssSelector("a.job-link"));

    browser.wait.until(ExpectedConditions.textToBe(By.id("job:job-id"), jobId.toString()));
    assertEquals("failed", browser.driver.findElement(By.id("job:status")).getText());
    assertTrue(
        browser
            .driver
            .findElement(By.id("output"))
            .getText()
            .contains("QGIS could not open the project: layer missing"));
    assertTrue(browser.driver.findElement(By.id("feedback")).getText().contains("\"start_qgis\""));
    browser.screenshot("admin-job-failed");

    browser.click(By.id("job:rerun"));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("is pending again");
    browser.screenshot("admin-job-rerun");
    // Pending now, or already taken again by the queue: in any case no longer the old failure.
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM core_job WHERE id = ? AND (status <> 'failed' OR started_at IS"
                + " NOT NULL)",
            jobId));
  }
}

package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Nobody but staff reaches a page or an action of the console (issue 9). */
class AdminAccessIT {

  private static final List<String> PAGES =
      List.of(
          "",
          "index.xhtml",
          "people.xhtml",
          "person.xhtml?id=1",
          "organizations.xhtml",
          "organization.xhtml?name=x",
          "teams.xhtml",
          "projects.xhtml",
          "project.xhtml?id=00000000-0000-0000-0000-000000000000",
          "search.xhtml",
          "jobs.xhtml",
          "job.xhtml?id=00000000-0000-0000-0000-000000000000",
          "files/download?version=00000000-0000-0000-0000-000000000000",
          "deltas.xhtml",
          "deltas/deltafile?job=00000000-0000-0000-0000-000000000000",
          "delta.xhtml?id=00000000-0000-0000-0000-000000000000",
          "files.xhtml",
          "file.xhtml?id=1",
          "plans.xhtml",
          "plan.xhtml?id=1",
          "plan.xhtml",
          "subscriptions.xhtml",
          "subscription.xhtml?id=1",
          "subscription.xhtml?account=x");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static URI admin(String page) {
    return TestServer.url().resolve("/admin/" + page);
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    for (String page : PAGES) {
      var response =
          http.send(
              HttpRequest.newBuilder(admin(page)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(303, response.statusCode(), page);
      assertTrue(
          response
              .headers()
              .firstValue("Location")
              .orElse("")
              .contains("/admin/accounts/login.xhtml"),
          page);
    }
    var post =
        http.send(
            HttpRequest.newBuilder(admin("organizations.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("new-organization=new-organization"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, post.statusCode());
  }

  @Test
  void aLoggedInPersonWhoIsNotStaffGetsForbiddenEverywhere() throws Exception {
    Accounts.Person person = Accounts.person("nonstaff");
    Accounts.Person other = Accounts.person("victim");
    String cookie;
    try (AdminBrowser browser = new AdminBrowser()) {
      browser.open("organizations.xhtml");
      browser.logIn(person.username(), Accounts.PASSWORD);
      browser.wait.until(ExpectedConditions.urlContains("/admin/accounts/profile.xhtml"));
      browser.waitForMessage("The administration pages are for staff users only.");
      browser.open("people.xhtml");
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forbidden")));
      browser.screenshot("admin-forbidden-for-non-staff");
      cookie = browser.sessionCookie();

      for (String page : PAGES) {
        var response =
            http.send(
                HttpRequest.newBuilder(admin(page)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), page);
        assertTrue(response.body().contains("for staff users only"), page);
      }
      // An action posted straight at a page does not run either: no organization is created.
      String name = Accounts.unique("sneaky");
      var post =
          http.send(
              HttpRequest.newBuilder(admin("organizations.xhtml"))
                  .header("Cookie", cookie)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "new-organization=new-organization&new-organization%3Aname="
                              + name
                              + "&new-organization%3Aowner="
                              + other.username()
                              + "&new-organization%3Acreate=&jakarta.faces.ViewState=stateless"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, post.statusCode());
      assertEquals(
          0, Accounts.queryLong("SELECT count(*) FROM core_user WHERE username = ?", name));
      var ajax =
          http.send(
              HttpRequest.newBuilder(admin("person.xhtml?id=1"))
                  .header("Cookie", cookie)
                  .header("Faces-Request", "partial/ajax")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("status%3Astaff_input=on"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, ajax.statusCode());
      assertEquals(
          0,
          Accounts.queryLong(
              "SELECT count(*) FROM core_user WHERE username = ? AND is_staff", person.username()));

      // Nor do the actions of the deltas, files, plans and subscriptions pages.
      String project =
          org.fieldcloud.it.projects.Projects.create(person.api(), person.username(), false);
      for (String text : List.of("one\n", "two\n")) {
        var up =
            person
                .api()
                .postFile(
                    "files/" + project + "/a.txt",
                    "file",
                    "a.txt",
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(up.status() == 200 || up.status() == 201, up::toString);
      }
      long file =
          Accounts.queryLong(
              "SELECT id FROM filestorage_file WHERE project_id = ?::uuid AND name = 'a.txt'",
              project);
      String code = Accounts.unique("sneakyplan");
      List<String[]> actions =
          List.of(
              new String[] {
                "file.xhtml?id=" + file,
                "file=file&version=" + versionOf(file) + "&jakarta.faces.source=file%3Adelete"
              },
              new String[] {
                "deltas.xhtml",
                "list=list&selected-delta=00000000-0000-0000-0000-000000000000"
                    + "&jakarta.faces.source=list%3Aignore-selected"
              },
              new String[] {
                "plan.xhtml", "plan=plan&plan%3Acode=" + code + "&jakarta.faces.source=plan%3Asave"
              },
              new String[] {
                "subscription.xhtml?account=" + person.username(),
                "new-subscription=new-subscription&new-subscription%3Aaccount="
                    + person.username()
                    + "&jakarta.faces.source=new-subscription%3Acreate"
              });
      for (String[] action : actions) {
        var response =
            http.send(
                HttpRequest.newBuilder(admin(action[0]))
                    .header("Cookie", cookie)
                    .header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(action[1]))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), action[0]);
      }
      assertEquals(
          2,
          Accounts.queryLong(
              "SELECT count(*) FROM filestorage_fileversion WHERE file_id = ?", file));
      assertEquals(
          0, Accounts.queryLong("SELECT count(*) FROM subscription_plan WHERE code = ?", code));
      assertEquals(
          1,
          Accounts.queryLong(
              "SELECT count(*) FROM subscription_subscription s JOIN core_user u"
                  + " ON u.id = s.account_id WHERE u.username = ?",
              person.username()));
    }
  }

  private static String versionOf(long file) {
    try (var db = TestServer.database();
        var q =
            db.prepareStatement(
                "SELECT CAST(id AS text) FROM filestorage_fileversion WHERE file_id = ? LIMIT 1")) {
      q.setLong(1, file);
      try (var row = q.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

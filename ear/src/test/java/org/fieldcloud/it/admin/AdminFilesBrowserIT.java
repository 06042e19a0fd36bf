package org.fieldcloud.it.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fieldcloud.it.projects.Projects;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff list files across projects, open one's versions, download an old version and delete one;
 * the last version of a file is not deleted on its own (issue 9, model.md 2.11).
 */
class AdminFilesBrowserIT {

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
  void staffDownloadsAnOldVersionAndDeletesOneButNotTheLastOne() throws Exception {
    Accounts.Person owner = Accounts.person("fileowner");
    String project = Projects.create(owner.api(), owner.username(), false);
    List<byte[]> versions =
        List.of(bytes("first\n"), bytes("second, longer\n"), bytes("third, the longest one\n"));
    for (byte[] content : versions) {
      upload(owner, project, "notes.txt", content);
    }
    upload(owner, project, "single.txt", bytes("only one\n"));

    browser.open("files.xhtml");
    browser.logIn(
        TestServer.env("FIELDCLOUD_ADMIN_USERNAME"), TestServer.env("FIELDCLOUD_ADMIN_PASSWORD"));
    browser.wait.until(ExpectedConditions.urlContains("/admin/files.xhtml"));
    browser.type(By.id("list:project"), project);
    browser.click(By.id("list:go"));
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.file-link"), 2));
    // Sorted by name in the database: notes.txt first, with its three versions.
    browser.click(By.xpath("//th[.//span[text()='Name']]"));
    browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("a.file-link"), "notes.txt"));
    assertEquals("3", browser.driver.findElement(By.cssSelector(".versions-count")).getText());
    browser.screenshot("admin-files");

    browser.click(By.linkText("notes.txt"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("file:name"), "notes.txt"));
    List<WebElement> downloads = browser.driver.findElements(By.cssSelector("a.download"));
    assertEquals(3, downloads.size());
    browser.screenshot("admin-file-versions");
    // Newest first: the last link is the first version.
    assertArrayEquals(versions.get(0), download(downloads.get(2).getAttribute("href")));
    assertArrayEquals(versions.get(2), download(downloads.get(0).getAttribute("href")));

    // Delete the middle version, after confirming.
    browser.driver.findElements(By.cssSelector("button.delete-version")).get(1).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-yes")));
    browser.screenshot("admin-file-delete-confirmation");
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("of notes.txt deleted.");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.download"), 2));
    browser.screenshot("admin-file-version-deleted");
    assertEquals(
        2,
        Accounts.queryLong(
            "SELECT count(*) FROM filestorage_fileversion v JOIN filestorage_file f ON f.id ="
                + " v.file_id WHERE f.project_id = ?::uuid AND f.name = 'notes.txt'",
            project));
    // The owner still gets the latest version through the API.
    var latest = owner.api().getBytes("files/" + project + "/notes.txt");
    assertEquals(200, latest.statusCode());
    assertArrayEquals(versions.get(2), latest.body());

    // The only version of a file stays.
    browser.open("files.xhtml?project=" + project + "&q=single");
    browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.file-link"), 1));
    browser.click(By.linkText("single.txt"));
    browser.wait.until(ExpectedConditions.textToBe(By.id("file:name"), "single.txt"));
    browser.click(By.cssSelector("button.delete-version"));
    browser.click(By.id("confirm-yes"));
    browser.waitForMessage("the last version of a file is not deleted on its own");
    browser.screenshot("admin-file-last-version-kept");
    assertEquals(1, browser.driver.findElements(By.cssSelector("a.download")).size());
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM filestorage_fileversion v JOIN filestorage_file f ON f.id ="
                + " v.file_id WHERE f.project_id = ?::uuid AND f.name = 'single.txt'",
            project));
  }

  private byte[] download(String href) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", browser.sessionCookie())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains("notes.txt"));
    return response.body();
  }

  private static void upload(Accounts.Person owner, String project, String name, byte[] content) {
    var uploaded = owner.api().postFile("files/" + project + "/" + name, "file", name, content);
    assertTrue(uploaded.status() == 200 || uploaded.status() == 201, uploaded::toString);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

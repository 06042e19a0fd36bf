package org.fieldcloud.it.files;

import static org.fieldcloud.it.files.ProjectFilesFixture.bytes;
import static org.fieldcloud.it.files.ProjectFilesFixture.etag;
import static org.fieldcloud.it.files.ProjectFilesFixture.project;
import static org.fieldcloud.it.files.ProjectFilesFixture.request;
import static org.fieldcloud.it.files.ProjectFilesFixture.sha256;
import static org.fieldcloud.it.files.ProjectFilesFixture.upload;
import static org.fieldcloud.it.files.ProjectFilesFixture.uploaded;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/** The SDK's file calls (api.md 8.2) and the rules of api.md 5.8, against the deployed app. */
class FilesIT {

  @Test
  void uploadsVersionsListsAndDownloadsAsTheSdk() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    byte[] first = "first version".getBytes(StandardCharsets.UTF_8);
    byte[] second = "the second version".getBytes(StandardCharsets.UTF_8);

    var created = upload(ada.api(), id, "data/points.csv", first);
    assertEquals(201, created.status(), created::toString);
    assertEquals("{}", created.body());
    assertTrue(
        created
            .header("Location")
            .orElseThrow()
            .endsWith("/api/v1/files/" + id + "/data/points.csv/"));
    uploaded(ada.api(), id, "data/points.csv", second);

    var list = ada.api().get("files/" + id + "?skip_metadata=1");
    assertEquals(200, list.status(), list::toString);
    assertEquals(1, list.jsonArray().size());
    JsonObject file = list.jsonArray().getJsonObject(0);
    assertEquals("data/points.csv", file.getString("name"));
    assertEquals(second.length, file.getInt("size"));
    assertEquals(etag(second), file.getString("md5sum"));
    assertEquals(sha256(second), file.getString("sha256"));
    assertFalse(file.getBoolean("is_attachment"));
    assertTrue(
        file.getString("last_modified")
            .matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d UTC"));
    var versions = file.getJsonArray("versions");
    assertEquals(2, versions.size());
    assertEquals(etag(second), versions.getJsonObject(0).getString("md5sum"));
    assertTrue(versions.getJsonObject(0).getBoolean("is_latest"));
    assertEquals(etag(first), versions.getJsonObject(1).getString("md5sum"));
    assertFalse(versions.getJsonObject(1).getBoolean("is_latest"));
    assertTrue(versions.getJsonObject(1).getString("display").matches("v20\\d{12}"));
    String oldVersion = versions.getJsonObject(1).getString("version_id");

    var latest = ada.api().getBytes("files/" + id + "/data/points.csv");
    assertEquals(200, latest.statusCode());
    assertArrayEquals(second, latest.body());
    assertEquals("\"" + etag(second) + "\"", latest.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        "attachment; filename=\"points.csv\"",
        latest.headers().firstValue("Content-Disposition").orElseThrow());
    var old = ada.api().getBytes("files/" + id + "/data/points.csv?version=" + oldVersion);
    assertArrayEquals(first, old.body());

    var head = request("HEAD", fileUrl(id, "data/points.csv"), ada.token());
    assertEquals(200, head.statusCode());
    assertEquals(
        String.valueOf(second.length), head.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(0, head.body().length);

    var metadata = ada.api().get("files/metadata/" + id + "/data/points.csv");
    assertEquals(200, metadata.status(), metadata::toString);
    assertEquals(2, metadata.json().getJsonArray("versions").size());

    assertEquals(404, ada.api().get("files/" + id + "/nothing.txt").status());
    assertEquals(
        "object_not_found",
        ada.api()
            .get("files/" + id + "/data/points.csv?version=" + java.util.UUID.randomUUID())
            .errorCode());
    assertEquals(
        "validation_error",
        ada.api().get("files/" + id + "/data/points.csv?version=nope").errorCode());
    assertEquals(
        2,
        Accounts.queryLong(
            "SELECT file_storage_bytes - ? FROM project_project WHERE id = ?::uuid",
            first.length + second.length - 2,
            id));
  }

  @Test
  void largeFilesGoUpInPartsWithTheS3StyleEtag() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    Accounts.grantStorage(ada);
    byte[] big = bytes(10 * 1024 * 1024 + 123, 7);
    uploaded(ada.api(), id, "big.bin", big);

    var file = ada.api().get("files/" + id).jsonArray().getJsonObject(0);
    assertEquals(etag(big), file.getString("md5sum"));
    assertTrue(file.getString("md5sum").endsWith("-2"));
    var download = ada.api().getBytes("files/" + id + "/big.bin");
    assertArrayEquals(big, download.body());
  }

  @Test
  void rangesAndConditionalDownloads() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
    uploaded(ada.api(), id, "digits.txt", content);
    URI url = fileUrl(id, "digits.txt");

    var range = request("GET", url, ada.token(), "Range", "bytes=2-5");
    assertEquals(206, range.statusCode());
    assertEquals("2345", new String(range.body(), StandardCharsets.US_ASCII));
    assertEquals("bytes 2-5/10", range.headers().firstValue("Content-Range").orElseThrow());
    // QField resumes an interrupted download with an open range
    var resume = request("GET", url, ada.token(), "Range", "bytes=7-");
    assertEquals(206, resume.statusCode());
    assertEquals("789", new String(resume.body(), StandardCharsets.US_ASCII));
    var suffix = request("GET", url, ada.token(), "Range", "bytes=-3");
    assertEquals("789", new String(suffix.body(), StandardCharsets.US_ASCII));
    var beyond = request("GET", url, ada.token(), "Range", "bytes=10-");
    assertEquals(416, beyond.statusCode());
    assertTrue(new String(beyond.body(), StandardCharsets.UTF_8).contains("invalid_http_range"));
    assertEquals("bytes */10", beyond.headers().firstValue("Content-Range").orElseThrow());
    assertEquals(416, request("GET", url, ada.token(), "Range", "bytes=5-2").statusCode());

    // the SDK sends its local etag unquoted
    var unquoted = request("GET", url, ada.token(), "If-None-Match", etag(content));
    assertEquals(304, unquoted.statusCode());
    assertEquals(0, unquoted.body().length);
    var quoted = request("GET", url, ada.token(), "If-None-Match", "\"" + etag(content) + "\"");
    assertEquals(304, quoted.statusCode());
    var changed = request("GET", url, ada.token(), "If-None-Match", "\"0123\"");
    assertEquals(200, changed.statusCode());
    assertArrayEquals(content, changed.body());
  }

  @Test
  void deletesFilesAndSingleVersionsAsTheSdk() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    uploaded(ada.api(), id, "a.txt", "one".getBytes());
    uploaded(ada.api(), id, "a.txt", "two".getBytes());
    uploaded(ada.api(), id, "a.txt", "three".getBytes());
    uploaded(ada.api(), id, "b.txt", "only".getBytes());
    var versions = ada.api().get("files/metadata/" + id + "/a.txt").json().getJsonArray("versions");
    String newest = versions.getJsonObject(0).getString("version_id");
    String oldest = versions.getJsonObject(2).getString("version_id");

    // delete-file --version-id: the header x-file-version
    var one = request("DELETE", fileUrl(id, "a.txt"), ada.token(), "x-file-version", oldest);
    assertEquals(204, one.statusCode());
    // deleting the latest version makes the previous one the latest
    var latest = ada.api().delete("files/" + id + "/a.txt?version=" + newest);
    assertEquals(204, latest.status(), latest::toString);
    var left = ada.api().get("files/metadata/" + id + "/a.txt").json();
    assertEquals(1, left.getJsonArray("versions").size());
    assertTrue(left.getJsonArray("versions").getJsonObject(0).getBoolean("is_latest"));
    assertArrayEquals("two".getBytes(), ada.api().getBytes("files/" + id + "/a.txt").body());

    String last = left.getJsonArray("versions").getJsonObject(0).getString("version_id");
    var lastOne = ada.api().delete("files/" + id + "/a.txt?version=" + last);
    assertEquals(400, lastOne.status());
    assertEquals("explicit_deletion_of_last_version", lastOne.errorCode());
    uploaded(ada.api(), id, "a.txt", "four".getBytes());
    var unknown = ada.api().delete("files/" + id + "/a.txt?version=" + java.util.UUID.randomUUID());
    assertEquals(404, unknown.status());
    assertEquals("api_error", unknown.errorCode());

    // delete-files: the list, then one DELETE per name
    for (var f : ada.api().get("files/" + id + "?skip_metadata=1").jsonArray()) {
      String name = f.asJsonObject().getString("name");
      assertEquals(204, ada.api().delete("files/" + id + "/" + name).status());
    }
    assertEquals(0, ada.api().get("files/" + id).jsonArray().size());
    var missing = ada.api().delete("files/" + id + "/a.txt");
    assertEquals(404, missing.status());
    assertEquals("api_error", missing.errorCode());
    assertEquals(List.of(), eventuallyNoObjects("projects/" + id + "/files/"));
    assertEquals(
        0,
        Accounts.queryLong(
            "SELECT file_storage_bytes FROM project_project WHERE id = ?::uuid", id));
  }

  @Test
  void keepsTheNewestVersionsOnly() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    // The project's own number counts on a premium plan (model.md 1.2.1, 5.4).
    String premium = Accounts.unique("premium");
    Accounts.sql(
        "INSERT INTO subscription_plan (code, user_type, display_name, storage_mb,"
            + " storage_threshold_warning_bytes, storage_threshold_critical_bytes,"
            + " initial_subscription_status, is_premium) VALUES (?, 1, ?, 10, 2000000, 1000000,"
            + " 'active_paid', true)",
        premium,
        premium);
    Accounts.sql(
        "UPDATE subscription_subscription s SET plan_id = p.id FROM subscription_plan p,"
            + " core_user u WHERE p.code = ? AND u.username = ? AND s.account_id = u.id",
        premium,
        ada.username());
    Accounts.sql("UPDATE project_project SET storage_keep_versions = 2 WHERE id = ?::uuid", id);
    for (int i = 1; i <= 4; i++) {
      uploaded(ada.api(), id, "kept.txt", ("version " + i).getBytes());
    }
    var versions =
        ada.api().get("files/metadata/" + id + "/kept.txt").json().getJsonArray("versions");
    assertEquals(2, versions.size());
    assertEquals(etag("version 4".getBytes()), versions.getJsonObject(0).getString("md5sum"));
    assertEquals(etag("version 3".getBytes()), versions.getJsonObject(1).getString("md5sum"));
    assertEquals(2, eventuallyObjects("projects/" + id + "/files/", 2).size());
    assertEquals(
        "version 3".length() + "version 4".length(),
        Accounts.queryLong(
            "SELECT file_storage_bytes FROM project_project WHERE id = ?::uuid", id));
  }

  @Test
  void uploadsOverTheOwnersQuotaAreRefusedExceptFromQField() throws Exception {
    var ada = Accounts.person("ada");
    String full = project(ada.api(), ada.username());
    String id = project(ada.api(), ada.username());
    long quota =
        ada.api()
            .get("subscriptions/" + ada.username() + "/current/")
            .json()
            .getJsonNumber("active_storage_total_bytes")
            .longValue();
    // another project of the owner already uses all but 10 bytes
    Accounts.sql(
        "UPDATE project_project SET file_storage_bytes = ? WHERE id = ?::uuid", quota - 10, full);

    var over = upload(ada.api(), id, "eleven.txt", "01234567890".getBytes());
    assertEquals(402, over.status(), over::toString);
    assertEquals("over_quota", over.errorCode());
    assertEquals(0, ada.api().get("files/" + id).jsonArray().size());
    assertEquals(List.of(), eventuallyNoObjects("projects/" + id + "/"));
    uploaded(ada.api(), id, "ten.txt", "0123456789".getBytes());

    String qfieldToken =
        ApiClient.anonymous()
            .withUserAgent("qfield|v4.2.11|4.2.11 - Name|abc| QGIS/34400/Android 14")
            .postForm(
                "auth/token", Map.of("username", ada.username(), "password", Accounts.PASSWORD))
            .json()
            .getString("token");
    uploaded(ApiClient.anonymous().withToken(qfieldToken), id, "DCIM/photo.jpg", bytes(100, 1));
  }

  @Test
  void refusesBadNamesAndBadBodies() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    for (String bad :
        List.of("CON", "a%3Cb.txt", "dir/trailing.", "%20lead.txt", "x/%2E%2E/y.txt")) {
      var response =
          ada.api()
              .post(
                  "files/" + id + "/" + bad + "/",
                  "multipart/form-data; boundary=b",
                  "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\nx\r\n--b--\r\n");
      assertTrue(
          response.status() == 400 || response.status() == 404,
          () -> bad + " accepted: " + response);
      if (response.status() == 400) {
        assertEquals("validation_error", response.errorCode(), bad);
      }
    }
    assertEquals(0, ada.api().get("files/" + id).jsonArray().size());
    assertEquals(List.of(), TestServer.objectKeys("projects/" + id + "/"));

    var none = ada.api().postMultipart("files/" + id + "/a.txt", Map.of("text", "{}"));
    assertEquals(400, none.status());
    assertEquals("empty_content", none.errorCode());
    String twoFiles =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"1\"\r\n\r\none\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"2\"\r\n\r\ntwo\r\n--b--\r\n";
    var two =
        ada.api().post("files/" + id + "/a.txt/", "multipart/form-data; boundary=b", twoFiles);
    assertEquals(400, two.status());
    assertEquals("multiple_contents", two.errorCode());
    assertEquals(0, ada.api().get("files/" + id).jsonArray().size());
    assertEquals(List.of(), eventuallyNoObjects("projects/" + id + "/"));
  }

  @Test
  void qfieldAttachmentUploadTakesTheNameFromTheUrl() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    byte[] photo = bytes(5000, 3);
    // QField: a quoted boundary, part text = {}, part file with a local path and a JSON type
    String boundary = "boundary_.oOo._MTIz";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                + "Content-Type: application/json\r\n\r\n{}\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"/storage/emulated/0/p1.jpg\"\r\n"
                + "Content-Type: application/json\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + photo.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(photo, 0, body, head.length, photo.length);
    System.arraycopy(tail, 0, body, head.length + photo.length, tail.length);
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(fileUrl(id, "DCIM/p1.jpg"))
                    .header("Authorization", "Token " + ada.token())
                    .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response::body);
    var file = ada.api().get("files/" + id).jsonArray().getJsonObject(0);
    assertEquals("DCIM/p1.jpg", file.getString("name"));
    assertTrue(file.getBoolean("is_attachment"));
    assertArrayEquals(photo, ada.api().getBytes("files/" + id + "/DCIM/p1.jpg").body());
  }

  @Test
  void theQgisProjectFileIsOnePerProject() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    byte[] qgs =
        "<!DOCTYPE qgis><qgis projectname=\"\" version=\"3.34.4-Prizren\"><title/></qgis>"
            .getBytes(StandardCharsets.UTF_8);

    var invalid = upload(ada.api(), id, "project.qgs", "<html/>".getBytes());
    assertEquals(400, invalid.status());
    assertEquals("invalid_qgis_project_file", invalid.errorCode());
    uploaded(ada.api(), id, "project.qgs", qgs);
    var project = ada.api().get("projects/" + id).json();
    assertEquals("project.qgs", project.getString("the_qgis_file_name"));
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM project_project WHERE id = ?::uuid AND qgis_version = '3.34.4-Prizren'"
                + " AND data_last_updated_at IS NOT NULL",
            id));
    var second = upload(ada.api(), id, "other.qgz", qgs);
    assertEquals(400, second.status());
    assertEquals("multiple_projects", second.errorCode());

    assertEquals(204, ada.api().delete("files/" + id + "/project.qgs").status());
    assertTrue(ada.api().get("projects/" + id).json().isNull("the_qgis_file_name"));
  }

  @Test
  void anInterruptedUploadLeavesNothing() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    for (int sent : new int[] {1000, 10 * 1024 * 1024}) {
      String boundary = "cut";
      byte[] head =
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      URI url = fileUrl(id, "cut.bin");
      try (var socket = new java.net.Socket(url.getHost(), url.getPort())) {
        var out = socket.getOutputStream();
        out.write(
            ("POST "
                    + url.getRawPath()
                    + " HTTP/1.1\r\nHost: "
                    + url.getHost()
                    + ":"
                    + url.getPort()
                    + "\r\nAuthorization: token "
                    + ada.token()
                    + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary
                    + "\r\nContent-Length: "
                    + (head.length + 2L * sent)
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(head);
        out.write(bytes(sent, sent));
        out.flush();
        Thread.sleep(500);
      } // the connection drops with half the body sent
      Thread.sleep(2000);
      assertEquals(
          0,
          Accounts.queryLong(
              "SELECT count(*) FROM filestorage_file WHERE project_id = ?::uuid", id));
      assertEquals(List.of(), eventuallyNoObjects("projects/" + id + "/"));
    }
    uploaded(ada.api(), id, "cut.bin", bytes(10, 1)); // the project still takes uploads
  }

  @Test
  void readersMayDownloadButNotUpload() throws Exception {
    var ada = Accounts.person("ada");
    var reader = Accounts.person("reader");
    String id = project(ada.api(), ada.username());
    uploaded(ada.api(), id, "a.txt", "x".getBytes());
    ada.api()
        .postForm(
            "collaborators/" + id, Map.of("collaborator", reader.username(), "role", "reader"));
    assertEquals(200, reader.api().get("files/" + id).status());
    assertArrayEquals("x".getBytes(), reader.api().getBytes("files/" + id + "/a.txt").body());
    var refused = upload(reader.api(), id, "a.txt", "y".getBytes());
    assertEquals(403, refused.status());
    assertEquals(403, reader.api().delete("files/" + id + "/a.txt").status());
    assertEquals(401, ApiClient.anonymous().get("files/" + id).status());
  }

  static URI fileUrl(String projectId, String name) {
    return TestServer.url().resolve("/api/v1/files/" + projectId + "/" + name + "/");
  }

  static List<String> eventuallyNoObjects(String prefix) throws InterruptedException {
    return eventuallyObjects(prefix, 0);
  }

  /**
   * The keys under {@code prefix} once at most {@code count} are left (objects go after commit).
   */
  static List<String> eventuallyObjects(String prefix, int count) throws InterruptedException {
    for (int i = 0; i < 50 && TestServer.objectKeys(prefix).size() > count; i++) {
      Thread.sleep(100);
    }
    return TestServer.objectKeys(prefix);
  }
}

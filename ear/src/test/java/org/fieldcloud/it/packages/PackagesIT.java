package org.fieldcloud.it.packages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The packages API (api.md 5.9) as its three clients use it: the worker uploads package files, the
 * SDK's {@code package-latest}/{@code package-download} and QField read the latest package and
 * download its files (qfield-client.md 3).
 */
class PackagesIT {

  private static final String QFIELD_AGENT =
      "qfield|3.5.0|local|android|Android 14 QGIS/33600/Linux";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aProjectNeverPackagedHasNoLatestPackageAndNeedsOne() {
    var ada = Accounts.person("ada");
    String project = PackageJobRows.project(ada.api(), ada.username());

    var latest = ada.api().get("packages/" + project + "/latest");
    assertEquals(400, latest.status(), latest::toString);
    assertEquals("invalid_job", latest.errorCode());

    var details = ada.api().get("projects/" + project).json();
    assertTrue(details.getBoolean("needs_repackaging"));
    assertEquals("failed", details.getString("status"), "no QGIS file yet");
  }

  @Test
  void workerUploadsFilesThatQfieldListsAndDownloads() throws Exception {
    var ada = Accounts.person("ada");
    String project = PackageJobRows.project(ada.api(), ada.username());
    String job = PackageJobRows.packageJob(project, ada.username(), "started");
    var worker = PackageJobRows.worker(ada.username());
    byte[] gpkg = bytes(3000, 7);
    byte[] qgz = bytes(100, 3);

    var upload = worker.postFile(packageUrl(project, job, "data.gpkg"), "file", "data.gpkg", gpkg);
    assertEquals(201, upload.status(), upload::toString);
    assertEquals(
        "/api/v1/files/" + project + "/data.gpkg/",
        URI.create(upload.header("Location").orElseThrow()).getPath());
    JsonObject stored = upload.json();
    assertEquals("data.gpkg", stored.getString("name"));
    assertEquals(gpkg.length, stored.getJsonNumber("size").longValue());
    assertEquals(hex("MD5", gpkg), stored.getString("md5sum"));
    assertEquals(hex("SHA-256", gpkg), stored.getString("sha256"));
    assertEquals(
        201,
        worker
            .postFile(packageUrl(project, job, "proj_qfield.qgz"), "file", "proj_qfield.qgz", qgz)
            .status());
    assertEquals(
        201,
        worker
            .postFile(packageUrl(project, job, "sub%20dir/notes.txt"), "file", "notes.txt", qgz)
            .status());
    assertEquals(
        Set.of(
            "projects/" + project + "/packages/" + job + "/data.gpkg",
            "projects/" + project + "/packages/" + job + "/proj_qfield.qgz",
            "projects/" + project + "/packages/" + job + "/sub dir/notes.txt"),
        Set.copyOf(TestServer.objectKeys("projects/" + project + "/packages/")));

    // While the job runs there is no package yet, and the project is busy.
    assertEquals(400, ada.api().get("packages/" + project + "/latest").status());
    assertEquals("busy", ada.api().get("projects/" + project).json().getString("status"));

    PackageJobRows.finish(project, job);

    // QField: GET with a JSON content type and skip_metadata, strict field types.
    var latest = qfield(ada.token(), "packages/" + project + "/latest/?skip_metadata=1", Map.of());
    assertEquals(200, latest.statusCode(), latest::body);
    JsonObject body =
        jakarta.json.Json.createReader(new java.io.StringReader(latest.body())).readObject();
    assertEquals(job, ((JsonString) body.get("package_id")).getString());
    assertTrue(body.get("packaged_at") instanceof JsonString, body::toString);
    assertEquals("finished", body.getString("status"));
    assertTrue(body.containsKey("data_last_updated_at"));
    assertEquals(
        Set.of(
            "OpenStreetMap_442da2b8_ea6a_4114_a4f4_e472a9f7d8b9",
            "apiary_27954fba_aad8_4336_8b19_23afed462c51",
            "ogr_dbname___home_marco_dev_QField_demo_projects_citybees_new_gpkg__table__area___geom__sql__ba518f87_384f_494b_acd8_66843717f48b"),
        body.getJsonObject("layers").keySet());
    JsonObject apiary =
        body.getJsonObject("layers").getJsonObject("apiary_27954fba_aad8_4336_8b19_23afed462c51");
    assertEquals("Apiary", apiary.getString("name"));
    assertTrue(apiary.getBoolean("is_valid"));
    assertEquals("no_error", apiary.getString("error_code"));

    Map<String, JsonObject> files =
        body.getJsonArray("files").stream()
            .map(JsonObject.class::cast)
            .collect(Collectors.toMap(f -> f.getString("name"), f -> f));
    assertEquals(Set.of("data.gpkg", "proj_qfield.qgz", "sub dir/notes.txt"), files.keySet());
    JsonObject data = files.get("data.gpkg");
    assertTrue(data.get("size") instanceof JsonNumber);
    assertEquals(gpkg.length, data.getJsonNumber("size").longValue());
    assertEquals(hex("MD5", gpkg), data.getString("md5sum"));
    assertEquals(hex("SHA-256", gpkg), data.getString("sha256"));
    assertFalse(data.getBoolean("is_attachment"));
    assertTrue(
        data.getString("last_modified")
            .matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d UTC"));
    assertTrue(data.get("uploaded_at") instanceof JsonString);

    // QField downloads each file: no Content-Type, plain 200 with the bytes.
    var download = ada.api().getBytes("packages/" + project + "/latest/files/data.gpkg");
    assertEquals(200, download.statusCode());
    assertArrayEquals(gpkg, download.body());
    assertEquals(
        String.valueOf(gpkg.length), download.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(
        "attachment; filename=\"data.gpkg\"",
        download.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(
        "\"" + hex("MD5", gpkg) + "\"", download.headers().firstValue("ETag").orElseThrow());
    var nested = ada.api().getBytes("packages/" + project + "/latest/files/sub%20dir/notes.txt");
    assertEquals(200, nested.statusCode());
    assertArrayEquals(qgz, nested.body());

    // QField resumes a partial download with Range and appends what it gets.
    var rest =
        qfieldBytes(
            ada.token(),
            "packages/" + project + "/latest/files/data.gpkg/",
            Map.of("Range", "bytes=1000-"));
    assertEquals(206, rest.statusCode());
    assertArrayEquals(Arrays.copyOfRange(gpkg, 1000, gpkg.length), rest.body());
    assertEquals("bytes 1000-2999/3000", rest.headers().firstValue("Content-Range").orElseThrow());
    var beyond =
        qfieldBytes(
            ada.token(),
            "packages/" + project + "/latest/files/data.gpkg/",
            Map.of("Range", "bytes=5000-"));
    assertEquals(416, beyond.statusCode());

    // The SDK sends the ETag it knows, unquoted.
    var unchanged =
        qfieldBytes(
            ada.token(),
            "packages/" + project + "/latest/files/data.gpkg/",
            Map.of("If-None-Match", hex("MD5", gpkg)));
    assertEquals(304, unchanged.statusCode());

    var missing = ada.api().get("packages/" + project + "/latest/files/nothing.gpkg");
    assertEquals(404, missing.status());
    assertEquals("object_not_found", missing.errorCode());
  }

  @Test
  void largeFilesAreListedWithTheMultipartEtagQfieldComputes() throws Exception {
    var ada = Accounts.person("ada");
    String project = PackageJobRows.project(ada.api(), ada.username());
    String job = PackageJobRows.packageJob(project, ada.username(), "started");
    byte[] big = bytes(9 * 1024 * 1024, 11);
    var upload =
        PackageJobRows.worker(ada.username())
            .postFile(packageUrl(project, job, "big.tif"), "file", "big.tif", big);
    assertEquals(201, upload.status(), upload::toString);
    assertEquals(hex("MD5", big), upload.json().getString("md5sum"), "plain MD5 in the answer");
    PackageJobRows.finish(project, job);

    JsonObject file =
        ada.api()
            .get("packages/" + project + "/latest")
            .json()
            .getJsonArray("files")
            .getJsonObject(0);
    assertEquals(multipartEtag(big), file.getString("md5sum"));
    var download = ada.api().getBytes("packages/" + project + "/latest/files/big.tif");
    assertArrayEquals(big, download.body());
  }

  @Test
  void onlyTheWorkerOfARunningPackageJobOfThatProjectMayUpload() {
    var ada = Accounts.person("ada");
    String project = PackageJobRows.project(ada.api(), ada.username());
    String other = PackageJobRows.project(ada.api(), ada.username());
    String running = PackageJobRows.packageJob(project, ada.username(), "started");
    String pending = PackageJobRows.packageJob(project, ada.username(), "pending");
    var worker = PackageJobRows.worker(ada.username());
    byte[] content = bytes(10, 1);

    var asSdk = ada.api().postFile(packageUrl(project, running, "a.gpkg"), "file", "a", content);
    assertEquals(403, asSdk.status());
    assertEquals("permission_denied", asSdk.errorCode());
    assertEquals(
        403,
        worker.postFile(packageUrl(project, pending, "a.gpkg"), "file", "a", content).status());
    assertEquals(
        403, worker.postFile(packageUrl(other, running, "a.gpkg"), "file", "a", content).status());
    assertEquals(
        403,
        worker
            .postFile(packageUrl(project, "not-a-uuid", "a.gpkg"), "file", "a", content)
            .status());
    var stranger = PackageJobRows.worker(Accounts.person("eve").username());
    assertEquals(
        403,
        stranger.postFile(packageUrl(project, running, "a.gpkg"), "file", "a", content).status());

    var noFile = worker.postFile(packageUrl(project, running, "a.gpkg"), "other", "a", content);
    assertEquals(400, noFile.status());
    assertEquals("empty_content", noFile.errorCode());
    var badName = worker.postFile(packageUrl(project, running, "a%3F.gpkg"), "file", "a", content);
    assertEquals(400, badName.status());
    assertEquals("validation_error", badName.errorCode());
    assertEquals(List.of(), TestServer.objectKeys("projects/" + project + "/packages/"));
  }

  @Test
  void everyRoleReadsTheLatestPackageStrangersDoNot() {
    var ada = Accounts.person("ada");
    var reader = Accounts.person("reader");
    var eve = Accounts.person("eve");
    String project = PackageJobRows.project(ada.api(), ada.username());
    assertEquals(
        201,
        ada.api()
            .postForm(
                "collaborators/" + project,
                Map.of("collaborator", reader.username(), "role", "reader"))
            .status());
    String job = PackageJobRows.packageJob(project, ada.username(), "started");
    PackageJobRows.worker(ada.username())
        .postFile(packageUrl(project, job, "data.gpkg"), "file", "data.gpkg", bytes(5, 1));
    PackageJobRows.finish(project, job);

    assertEquals(200, reader.api().get("packages/" + project + "/latest").status());
    assertEquals(
        200, reader.api().getBytes("packages/" + project + "/latest/files/data.gpkg").statusCode());
    assertEquals(403, eve.api().get("packages/" + project + "/latest").status());
    assertEquals(
        403, eve.api().getBytes("packages/" + project + "/latest/files/data.gpkg").statusCode());
  }

  @Test
  void aPersonWithASecretOfTheirOwnGetsOnlyThePackagesTheyTriggered() {
    var ada = Accounts.person("ada");
    var bob = Accounts.person("bob");
    var carl = Accounts.person("carl");
    String project = PackageJobRows.project(ada.api(), ada.username());
    for (var collaborator : List.of(bob, carl)) {
      assertEquals(
          201,
          ada.api()
              .postForm(
                  "collaborators/" + project,
                  Map.of("collaborator", collaborator.username(), "role", "editor"))
              .status());
    }
    String bobs = finishedPackage(project, bob.username(), "bob.gpkg");
    String adas = finishedPackage(project, ada.username(), "ada.gpkg");
    // Only its existence counts here; the value is never decrypted by this test.
    Accounts.sql(
        "INSERT INTO core_secret (name, type, project_id, assigned_to_id, value)"
            + " VALUES ('BOBS_TOKEN', 'envvar', ?::uuid, ?, 'not-read')",
        project,
        PackageJobRows.userId(bob.username()));

    var forBob = bob.api().get("packages/" + project + "/latest");
    assertEquals(200, forBob.status(), forBob::toString);
    assertEquals(bobs, forBob.json().getString("package_id"), "bob's own, not the newer one");
    assertEquals(
        200, bob.api().getBytes("packages/" + project + "/latest/files/bob.gpkg").statusCode());
    assertEquals(
        404, bob.api().getBytes("packages/" + project + "/latest/files/ada.gpkg").statusCode());
    assertEquals(
        adas, carl.api().get("packages/" + project + "/latest").json().getString("package_id"));

    String onlyAdas = PackageJobRows.project(ada.api(), ada.username());
    assertEquals(
        201,
        ada.api()
            .postForm(
                "collaborators/" + onlyAdas,
                Map.of("collaborator", bob.username(), "role", "editor"))
            .status());
    finishedPackage(onlyAdas, ada.username(), "ada.gpkg");
    var none = bob.api().get("packages/" + onlyAdas + "/latest");
    assertEquals(200, none.status(), "bob's secret is for the other project only");
  }

  /** A package job of {@code username} that uploaded one file and finished; returns its id. */
  private static String finishedPackage(String project, String username, String fileName) {
    String job = PackageJobRows.packageJob(project, username, "started");
    var upload =
        PackageJobRows.worker(username)
            .postFile(packageUrl(project, job, fileName), "file", fileName, bytes(5, 1));
    assertEquals(201, upload.status(), upload::toString);
    PackageJobRows.finish(project, job);
    return job;
  }

  @Test
  void aFailedLatestJobWithoutFilesIsAnEmptyPackage() {
    var ada = Accounts.person("ada");
    String project = PackageJobRows.project(ada.api(), ada.username());
    String job = PackageJobRows.packageJob(project, ada.username(), "started");
    Accounts.sql(
        "UPDATE core_job SET status = 'failed', finished_at = now() WHERE id = ?::uuid", job);
    var latest = ada.api().get("packages/" + project + "/latest");
    assertEquals(400, latest.status());
    assertEquals("invalid_job", latest.errorCode());
  }

  private static String packageUrl(String project, String job, String encodedName) {
    return "packages/" + project + "/" + job + "/files/" + encodedName;
  }

  private static HttpResponse<String> qfield(String token, String path, Map<String, String> headers)
      throws Exception {
    return HTTP.send(
        qfieldRequest(token, path, headers).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> qfieldBytes(
      String token, String path, Map<String, String> headers) throws Exception {
    return HTTP.send(
        qfieldRequest(token, path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder qfieldRequest(
      String token, String path, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(TestServer.url().resolve("/api/v1/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Token " + token)
            .header("User-Agent", QFIELD_AGENT)
            .GET();
    headers.forEach(request::header);
    return request;
  }

  private static byte[] bytes(int size, int seed) {
    byte[] data = new byte[size];
    new java.util.Random(seed).nextBytes(data);
    return data;
  }

  private static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }

  private static String multipartEtag(byte[] data) throws Exception {
    int part = 8 * 1024 * 1024;
    var ofParts = MessageDigest.getInstance("MD5");
    int parts = 0;
    for (int from = 0; from < data.length; from += part, parts++) {
      ofParts.update(
          MessageDigest.getInstance("MD5")
              .digest(Arrays.copyOfRange(data, from, Math.min(data.length, from + part))));
    }
    return HexFormat.of().formatHex(ofParts.digest()) + "-" + parts;
  }
}

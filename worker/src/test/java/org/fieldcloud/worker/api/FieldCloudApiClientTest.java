package org.fieldcloud.worker.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fieldcloud.worker.feedback.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's API calls, checked against the contract on a loopback server. */
class FieldCloudApiClientTest {

  static final String PROJECT = "6f4a2b9e-0d51-4c43-9d7e-1c2f3a4b5c6d";
  static final String JOB = "0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
  static final String TOKEN = "t0k3n-for-the-contract-server";

  @TempDir Path dir;

  private Path remoteProject() throws Exception {
    Path remote = dir.resolve("remote");
    Files.createDirectories(remote.resolve("DCIM"));
    Files.createDirectories(remote.resolve("sub dir"));
    Files.writeString(remote.resolve("project.qgs"), "<qgis version=\"3.22.0\"/>");
    Files.writeString(remote.resolve("sub dir/a+b.csv"), "fid,name\n1,x\n");
    Files.write(remote.resolve("DCIM/1.jpg"), new byte[] {1, 2, 3});
    return remote;
  }

  @Test
  void downloadSkipsAttachmentsAndKeepsFolders() throws Exception {
    try (ContractServer server = new ContractServer(remoteProject(), PROJECT, TOKEN)) {
      FieldCloudApiClient client =
          new FieldCloudApiClient(server.baseUrl(), TOKEN, Duration.ofSeconds(30));
      Path local = dir.resolve("local");
      List<String> names =
          new ProjectDownloader(client, new PrintStream(new ByteArrayOutputStream()))
              .download(PROJECT, local);
      assertEquals(List.of("project.qgs", "sub dir/a+b.csv"), names);
      assertEquals("fid,name\n1,x\n", Files.readString(local.resolve("sub dir/a+b.csv")));
      assertFalse(Files.exists(local.resolve("DCIM/1.jpg")));
      assertEquals("GET /api/v1/files/" + PROJECT + "/?skip_metadata=1", server.requests.get(0));
      assertEquals(
          "GET /api/v1/files/" + PROJECT + "/sub%20dir/a%2Bb.csv/", server.requests.get(2));
      server.authorizations.forEach(header -> assertEquals("token " + TOKEN, header));
    }
  }

  @Test
  void packageFilesAndThumbnailAreMultipartUploads() throws Exception {
    Path export = dir.resolve("export");
    Files.createDirectories(export.resolve("DCIM"));
    Files.write(export.resolve("data.gpkg"), new byte[] {9, 8, 7, 0, 13, 10});
    Files.writeString(export.resolve("DCIM/note.txt"), "n");
    Path png = Files.write(dir.resolve("thumbnail.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    try (ContractServer server = new ContractServer(remoteProject(), PROJECT, TOKEN)) {
      FieldCloudApiClient client =
          new FieldCloudApiClient(server.baseUrl(), TOKEN, Duration.ofSeconds(30));
      List<String> uploaded =
          new PackageUploader(client, new PrintStream(new ByteArrayOutputStream()))
              .upload(PROJECT, JOB, export);
      client.uploadThumbnail(PROJECT, png);
      assertEquals(List.of("DCIM/note.txt", "data.gpkg"), uploaded);
      ContractServer.Upload gpkg =
          server.uploads.get("/api/v1/packages/" + PROJECT + "/" + JOB + "/files/data.gpkg/");
      assertEquals("file", gpkg.partName());
      assertEquals("data.gpkg", gpkg.fileName());
      assertArrayEquals(Files.readAllBytes(export.resolve("data.gpkg")), gpkg.content());
      assertTrue(
          server.uploads.containsKey(
              "/api/v1/packages/" + PROJECT + "/" + JOB + "/files/DCIM/note.txt/"));
      ContractServer.Upload thumbnail =
          server.uploads.get("/api/v1/projects/" + PROJECT + "/thumbnail/");
      assertEquals("thumbnail", thumbnail.partName());
      assertEquals("thumbnail.png", thumbnail.fileName());
      assertArrayEquals(Files.readAllBytes(png), thumbnail.content());
    }
  }

  @Test
  void errorStatusesMapToFeedbackErrorTypesWithoutTheToken() throws Exception {
    try (ContractServer server = new ContractServer(remoteProject(), PROJECT, TOKEN)) {
      FieldCloudApiClient client =
          new FieldCloudApiClient(server.baseUrl(), TOKEN, Duration.ofSeconds(30));
      server.forcedStatus = 401;
      ApiException expired = assertThrows(ApiException.class, () -> client.listFiles(PROJECT));
      assertEquals(ErrorType.API_TOKEN_EXPIRED, expired.errorType());
      assertFalse(expired.getMessage().contains(TOKEN));
      server.forcedStatus = 403;
      assertEquals(
          ErrorType.API_FORBIDDEN,
          assertThrows(ApiException.class, () -> client.listFiles(PROJECT)).errorType());
      server.forcedStatus = 0;
      ApiException notFound =
          assertThrows(
              ApiException.class,
              () -> client.downloadFile(PROJECT, "missing.gpkg", dir.resolve("m.gpkg")));
      assertEquals(ErrorType.API_NOT_FOUND, notFound.errorType());
      assertFalse(Files.exists(dir.resolve("m.gpkg")));
    }
  }

  static String text(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void projectUploadSendsOnlyChangedFilesAndTheProjectFileLast() throws Exception {
    Path remote = remoteProject();
    Path local = dir.resolve("edited");
    Files.createDirectories(local.resolve("sub dir"));
    Files.writeString(local.resolve("project.qgs"), "<qgis version=\"3.22.1\"/>");
    Files.copy(remote.resolve("sub dir/a+b.csv"), local.resolve("sub dir/a+b.csv"));
    Files.writeString(local.resolve("z_new.gpkg"), "new");
    Files.writeString(local.resolve(".hidden"), "x");
    Files.writeString(local.resolve("backup.qgs~"), "x");
    try (ContractServer server = new ContractServer(remote, PROJECT, TOKEN)) {
      FieldCloudApiClient client =
          new FieldCloudApiClient(server.baseUrl(), TOKEN, Duration.ofSeconds(30));
      List<String> uploaded =
          new ProjectUploader(client, new PrintStream(new ByteArrayOutputStream()))
              .upload(PROJECT, local);
      assertEquals(List.of("z_new.gpkg", "project.qgs"), uploaded);
      assertEquals(
          List.of(
              "/api/v1/files/" + PROJECT + "/z_new.gpkg/",
              "/api/v1/files/" + PROJECT + "/project.qgs/"),
          List.copyOf(server.uploads.keySet()));
      assertEquals(
          "file", server.uploads.get("/api/v1/files/" + PROJECT + "/z_new.gpkg/").partName());
    }
  }

  @Test
  void etagIsPlainMd5UpTo8MibAndMultipartAbove() throws Exception {
    // the reference's file.txt, md5 9af2f8… in its tests
    assertEquals(
        "9af2f8218b150c351ad802c6f3d66abe",
        Etag.of(org.fieldcloud.worker.Fixtures.core("file.txt")));
    Path large = dir.resolve("large.bin");
    Files.write(large, new byte[Etag.PART_SIZE + 1]);
    assertTrue(Etag.of(large).endsWith("-2"), Etag.of(large));
  }
}

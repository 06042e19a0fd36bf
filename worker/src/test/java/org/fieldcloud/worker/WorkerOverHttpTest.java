package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.fieldcloud.worker.api.ContractServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole commands in API mode: the worker downloads the bee farm from a loopback server that follows
 * the API contract, then uploads the thumbnail or the package files to it.
 */
class WorkerOverHttpTest {

  private static final String PROJECT = "3a1e6a90-55a4-4e1f-a3f4-0b6f2c5d7e81";
  private static final String JOB = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String TOKEN = "worker-token-over-http-0123456789abcdef";

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Map<String, String> env(ContractServer server) {
    Map<String, String> env = new HashMap<>();
    env.put("QFIELDCLOUD_URL", server.baseUrl().toString());
    env.put("QFIELDCLOUD_TOKEN", TOKEN);
    env.put("PROJECT_ID", PROJECT);
    env.put("JOB_ID", JOB);
    env.put("QGIS_FILE_NAME", "simple_bee_farming.qgs");
    env.put("FIELDCLOUD_IO_DIR", dir.resolve("io").toString());
    return env;
  }

  private String log() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void processProjectfileDownloadsAndUploadsTheThumbnail() throws Exception {
    QgisForTests.runtime();
    try (ContractServer server =
        new ContractServer(Fixtures.beeFarming().getParent(), PROJECT, TOKEN)) {
      int code =
          WorkerMain.run(
              new String[] {"process_projectfile"},
              env(server),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, code, log());
      ContractServer.Upload thumbnail =
          server.uploads.get("/api/v1/projects/" + PROJECT + "/thumbnail/");
      assertTrue(thumbnail != null && thumbnail.content().length > 100, server.requests.toString());
      assertEquals((byte) 0x89, thumbnail.content()[0]);
      JsonObject feedback = FeedbackFormat.read(dir.resolve("io/feedback.json"));
      FeedbackFormat.assertV2(
          feedback, "process_projectfile", "2.0", FeedbackFormat.PROCESS_PROJECTFILE_STEPS);
      assertFalse(FeedbackFormat.step(feedback, "upload_thumbnail").containsKey("skipped"));
      assertFalse(log().contains(TOKEN));
    }
  }

  @Test
  void packageUploadsEveryPackageFileUnderTheJob() throws Exception {
    try (ContractServer server =
        new ContractServer(Fixtures.beeFarming().getParent(), PROJECT, TOKEN)) {
      int code =
          WorkerMain.run(
              new String[] {"package"},
              env(server),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(0, code, log());
      String prefix = "/api/v1/packages/" + PROJECT + "/" + JOB + "/files/";
      assertEquals(
          Set.of(prefix + "data.gpkg/", prefix + "simple_bee_farming_qfield.qgz/"),
          server.uploads.keySet());
      byte[] gpkg = server.uploads.get(prefix + "data.gpkg/").content();
      assertEquals("SQLite format 3", new String(gpkg, 0, 15, StandardCharsets.US_ASCII));
      assertFalse(Files.exists(dir.resolve("work")), "temporary work folder removed");
    }
  }
}

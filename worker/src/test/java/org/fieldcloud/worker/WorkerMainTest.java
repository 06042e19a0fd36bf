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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerMainTest {

  private static final String TOKEN = "worker-token-that-must-never-be-logged-0123456789";

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return WorkerMain.run(args, env, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Map<String, String> localEnv(Path projectFile) {
    Map<String, String> env = new HashMap<>();
    env.put("FIELDCLOUD_PROJECT_DIR", projectFile.getParent().toString());
    env.put("QGIS_FILE_NAME", projectFile.getFileName().toString());
    env.put("FIELDCLOUD_IO_DIR", dir.resolve("io").toString());
    env.put("FIELDCLOUD_WORK_DIR", dir.resolve("work").toString());
    env.put("QFIELDCLOUD_TOKEN", TOKEN);
    return env;
  }

  private JsonObject feedback() throws Exception {
    return FeedbackFormat.read(dir.resolve("io/feedback.json"));
  }

  private String log() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unknownCommandPrintsUsageAndFailsWithUsageCode() {
    int code = run(Map.of(), "frobnicate");
    assertEquals(WorkerMain.EXIT_USAGE, code);
    assertTrue(
        log().startsWith("usage: java -jar worker.jar <apply_deltas|package|process_projectfile>"));
  }

  @Test
  void missingCommandIsAUsageError() {
    assertEquals(WorkerMain.EXIT_USAGE, run(Map.of()));
  }

  @Test
  void apiRunWithoutTokenIsRefusedBeforeAnyWork() {
    int code =
        run(Map.of("QFIELDCLOUD_URL", "http://127.0.0.1:9/api/v1/", "PROJECT_ID", "p"), "package");
    assertEquals(WorkerMain.EXIT_USAGE, code);
    assertTrue(log().contains("QFIELDCLOUD_TOKEN is not set"), log());
  }

  @Test
  void processProjectfileWithQgisRendersTheThumbnail() throws Exception {
    QgisForTests.runtime();
    assertEquals(0, run(localEnv(Fixtures.beeFarming()), "process_projectfile"), log());
    JsonObject feedback = feedback();
    FeedbackFormat.assertV2(
        feedback, "process_projectfile", "2.0", FeedbackFormat.PROCESS_PROJECTFILE_STEPS);
    JsonObject details =
        feedback
            .getJsonObject("outputs")
            .getJsonObject("project_details")
            .getJsonObject("project_details");
    assertEquals("EPSG:3857", details.getString("crs"));
    assertEquals(3, details.getJsonObject("layers_by_id").size());
    String thumbnail =
        FeedbackFormat.step(feedback, "generate_thumbnail_image")
            .getJsonObject("returns")
            .getString("thumbnail_filename");
    assertTrue(Files.size(Path.of(thumbnail)) > 0);
    assertTrue(FeedbackFormat.step(feedback, "upload_thumbnail").getBoolean("skipped"));
    assertTrue(
        FeedbackFormat.step(feedback, "start_qgis_app")
            .getJsonObject("returns")
            .getString("qgis_version")
            .startsWith("3."));
    assertFalse(log().contains(TOKEN));
  }

  @Test
  void withoutQgisOnlyTheThumbnailIsSkipped() throws Exception {
    Map<String, String> env = localEnv(Fixtures.simpleProject());
    env.put("FIELDCLOUD_QGIS_PYTHON", dir.resolve("no-python-here").toString());
    assertEquals(0, run(env, "process_projectfile"), log());
    JsonObject feedback = feedback();
    FeedbackFormat.assertV2(
        feedback, "process_projectfile", "2.0", FeedbackFormat.PROCESS_PROJECTFILE_STEPS);
    JsonObject thumbnail = FeedbackFormat.step(feedback, "generate_thumbnail_image");
    assertTrue(thumbnail.getBoolean("skipped"));
    assertTrue(thumbnail.getString("skip_reason").startsWith("QGIS is not available"));
    JsonObject layers =
        feedback
            .getJsonObject("outputs")
            .getJsonObject("project_details")
            .getJsonObject("project_details")
            .getJsonObject("layers_by_id");
    assertEquals(4, layers.size());
    assertFalse(layers.getJsonObject("somedata20161130143219568").getBoolean("is_valid"));
    assertTrue(layers.getJsonObject("curved_polys20161130143036265").getBoolean("is_valid"));
  }

  @Test
  void invalidExtentFinishesWithoutThumbnail() throws Exception {
    QgisForTests.runtime();
    assertEquals(0, run(localEnv(Fixtures.invalidExtent()), "process_projectfile"), log());
    JsonObject feedback = feedback();
    assertTrue(
        FeedbackFormat.step(feedback, "generate_thumbnail_image")
            .getJsonObject("returns")
            .isNull("thumbnail_filename"));
    assertEquals(
        "",
        feedback
            .getJsonObject("outputs")
            .getJsonObject("project_details")
            .getJsonObject("project_details")
            .getString("extent"));
  }

  @Test
  void brokenXmlFailsWithInvalidProjectFile() throws Exception {
    Map<String, String> env = localEnv(Fixtures.brokenXml());
    env.put("FIELDCLOUD_QGIS_PYTHON", dir.resolve("no-python-here").toString());
    assertEquals(WorkerMain.EXIT_FAILED, run(env, "process_projectfile"));
    JsonObject feedback = feedback();
    FeedbackFormat.assertV2(
        feedback, "process_projectfile", "2.0", FeedbackFormat.PROCESS_PROJECTFILE_STEPS);
    assertEquals("INVALID_PROJECT_FILE", feedback.getString("error_type"));
    assertEquals("InvalidProjectFileException", feedback.getString("error_class"));
    assertEquals(1, FeedbackFormat.step(feedback, "project_validity_check").getInt("stage"));
    assertEquals(0, FeedbackFormat.step(feedback, "project_details").getInt("stage"));
  }

  @Test
  void logsNeverShowTokenOrDataSourcePasswords() throws Exception {
    Map<String, String> env = localEnv(Fixtures.brokenDatasource());
    env.put("FIELDCLOUD_QGIS_PYTHON", dir.resolve("no-python-here").toString());
    run(env, "package");
    assertFalse(log().contains(TOKEN), log());
    assertFalse(log().contains("Bhooo"), log());
    assertFalse(Files.readString(dir.resolve("io/feedback.json")).contains("Bhooo"));
  }

  @Test
  void pgServiceSecretsReachGdalThroughAPrivateServiceFile() throws Exception {
    Map<String, String> env = localEnv(Fixtures.core("delta/project_pgservice.qgs"));
    env.put("FIELDCLOUD_QGIS_PYTHON", dir.resolve("no-python-here").toString());
    // Port 9 on loopback is closed: the service resolves, the connection is refused.
    env.put(
        "PGSERVICE_FILE_CONTENTS",
        "\n[geodb1]\nhost=127.0.0.1\nport=9\ndbname=db1\npassword=pg-secret-1"
            + "\n[geodb2]\nhost=127.0.0.1\nport=9\ndbname=db2\npassword=pg-secret-2");
    assertEquals(0, run(env, "package"), log());
    assertTrue(log().contains("127.0.0.1"), log());
    assertFalse(log().contains("definition of service"), log());
    assertFalse(log().contains("pg-secret"), log());
  }

  @Test
  void missingProjectFileIsFileNotFound() throws Exception {
    Map<String, String> env = localEnv(Fixtures.deltaProject());
    env.put("QGIS_FILE_NAME", "not_there.qgs");
    env.put("FIELDCLOUD_QGIS_PYTHON", dir.resolve("no-python-here").toString());
    assertEquals(WorkerMain.EXIT_FAILED, run(env, "process_projectfile"));
    JsonObject feedback = feedback();
    assertEquals("FILE_NOT_FOUND", feedback.getString("error_type"));
    assertEquals("Project file \"not_there.qgs\" does not exist", feedback.getString("error"));
  }
}

package org.fieldcloud.worker.deltas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fieldcloud.worker.WorkerMainAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as the job runs it: arguments in, feedback.json and exit code out. */
class ApplyDeltasCommandTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyFixture() {
    Fixtures.copyProject(dir);
  }

  /** As the job runs it: deltafile in the io folder, the project from a local folder. */
  private int run(String deltafile, String projectFile) throws Exception {
    Path io = dir.resolve("io");
    Files.createDirectories(io);
    Files.copy(
        Path.of(deltafile), io.resolve("deltafile.json"), StandardCopyOption.REPLACE_EXISTING);
    return WorkerMainAccess.run(
        new String[] {"apply_deltas", "e02d02cc-af1b-414c-a14c-e2ed5dfee52f", projectFile},
        Map.of("FIELDCLOUD_PROJECT_DIR", dir.toString(), "FIELDCLOUD_IO_DIR", io.toString()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private JsonObject feedback() throws Exception {
    try (var r = Json.createReader(Files.newBufferedReader(dir.resolve("io/feedback.json")))) {
      return r.readObject();
    }
  }

  private static JsonObject step(JsonObject fb, String id) {
    return fb.getJsonArray("steps").stream()
        .map(JsonObject.class::cast)
        .filter(st -> st.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  private long intOfFid1() throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("testdata.gpkg"));
        var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT int FROM points_xy WHERE fid = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void appliesAndWritesDeltaFeedback() throws Exception {
    assertEquals(
        0, run(Fixtures.deltafile("singlelayer_singledelta.json").toString(), "project.qgs"));
    JsonObject fb = feedback();
    assertEquals("2.0", fb.getString("feedback_version"));
    assertEquals("apply_changes", fb.getString("workflow_id"));
    assertEquals("3.0", fb.getString("workflow_version"));
    JsonObject item =
        fb.getJsonObject("outputs")
            .getJsonObject("apply_deltas")
            .getJsonArray("delta_feedback")
            .getJsonObject(0);
    assertEquals("status_applied", item.getString("status"));
    assertEquals("9311eb96-bff8-4d5b-ab36-c314a007cfcd", item.getString("delta_id"));
    assertEquals("6f109cd3-f44c-41db-b134-5f38468b9fda", item.getString("delta_file_id"));
    assertEquals("1", item.getString("modified_pk"));
    assertEquals("1", item.getString("feature_pk"));
    assertEquals("patch", item.getString("method"));
    assertTrue(item.isNull("e_type"));
    assertEquals(2, step(fb, "apply_deltas").getInt("stage"));
    assertFalse(fb.containsKey("error"));
    assertEquals(666, intOfFid1());
  }

  @Test
  void conflictIsNotOverwrittenByDefault() throws Exception {
    String conflict = Fixtures.deltafile("singlelayer_singledelta_conflict.json").toString();
    assertEquals(0, run(conflict, "project.qgs"));
    JsonObject item =
        feedback()
            .getJsonObject("outputs")
            .getJsonObject("apply_deltas")
            .getJsonArray("delta_feedback")
            .getJsonObject(0);
    assertEquals("status_conflict", item.getString("status"));
    assertEquals("CONFLICT", item.getString("e_type"));
    assertEquals(1, intOfFid1());
  }

  @Test
  void schemaInvalidDeltafileFailsTheRunWithAnError() throws Exception {
    assertEquals(1, run(Fixtures.deltafile("not_schema_valid.json").toString(), "project.qgs"));
    JsonObject fb = feedback();
    assertEquals("'deltas' is a required property", fb.getString("error"));
    assertEquals("UNKNOWN", fb.getString("error_type"));
    assertEquals("InvalidDeltaFileException", fb.getString("error_class"));
    assertEquals(1, step(fb, "apply_deltas").getInt("stage"));
    assertFalse(fb.getJsonObject("outputs").containsKey("apply_deltas"));
  }

  @Test
  void brokenProjectFileFailsTheRun() throws Exception {
    assertEquals(
        1, run(Fixtures.deltafile("singlelayer_singledelta.json").toString(), "broken.qgs"));
    JsonObject fb = feedback();
    assertEquals("INVALID_PROJECT_FILE", fb.getString("error_type"));
    assertTrue(fb.getString("error").startsWith("Project file is an invalid XML document"));
  }

  @Test
  void missingProjectFileIsFileNotFound() throws Exception {
    assertEquals(1, run(Fixtures.deltafile("singlelayer_singledelta.json").toString(), "nope.qgs"));
    assertEquals("FILE_NOT_FOUND", feedback().getString("error_type"));
  }

  /**
   * The worker is killed (SIGKILL) in the middle of a long deltafile: since the GeoPackage is one
   * transaction, nothing of the deltas it had already applied is in the file afterwards.
   */
  @Test
  void killedRunLeavesTheDataUntouched() throws Exception {
    Path deltafile = dir.resolve("many.json");
    StringBuilder json =
        new StringBuilder(
            "{\"version\":\"1.0\",\"id\":\"6f109cd3-f44c-41db-b134-5f38468b9fda\","
                + "\"project\":\"e02d02cc-af1b-414c-a14c-e2ed5dfee52f\",\"files\":[],\"deltas\":[");
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"uuid\":\"")
          .append(String.format("00000000-0000-4000-8000-%012d", i))
          .append("\",\"clientId\":\"cd517e24-a520-4021-8850-e5af70e3a612\",\"localPk\":\"1\",")
          .append(
              "\"sourcePk\":\"1\",\"localLayerId\":\"points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1\",")
          .append(
              "\"sourceLayerId\":\"\",\"method\":\"patch\",\"old\":{\"attributes\":{\"int\":1}},")
          .append("\"new\":{\"attributes\":{\"int\":")
          .append(1000 + i)
          .append("}}}");
    }
    json.append("]}");
    Files.writeString(deltafile, json);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.fieldcloud.worker.WorkerMain",
                "apply_deltas",
                "e02d02cc-af1b-414c-a14c-e2ed5dfee52f",
                "project.qgs")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path io = dir.resolve("io");
    Files.createDirectories(io);
    Files.move(deltafile, io.resolve("deltafile.json"));
    pb.environment().put("FIELDCLOUD_PROJECT_DIR", dir.toString());
    pb.environment().put("FIELDCLOUD_IO_DIR", io.toString());
    pb.environment().put("FIELDCLOUD_OVERWRITE_CONFLICTS", "1"); // every delta applies
    Process p = pb.start();
    try (var lines =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.startsWith("delta 200 ")) {
        // wait until the worker is well into the file
      }
      assertTrue(line != null && line.contains("status_applied"), "delta 200 applied: " + line);
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the JVM
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertNotEquals(0, p.exitValue());
    assertFalse(Files.exists(io.resolve("feedback.json")), "the run did not get to the end");
    // SQLite rolls the hot journal back on the next open: fid 1 still has its old value.
    assertEquals(1, intOfFid1());
  }
}

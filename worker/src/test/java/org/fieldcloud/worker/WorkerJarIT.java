package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded worker.jar as the job runner does: {@code java -jar worker.jar <command>}, with
 * the parameters in the environment, and checks exit code, log and feedback.json (v2.0).
 */
class WorkerJarIT {

  private static final String TOKEN = "jar-run-token-never-in-the-log-9876543210";

  @TempDir Path dir;

  private record Run(int exitCode, String log, JsonObject feedback) {}

  private Run runJar(String command, Path projectFile) throws Exception {
    Path jar = Path.of(System.getProperty("fieldcloud.worker.jar", "target/worker.jar"));
    assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
    Path logFile = dir.resolve(command + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    jar.toString(),
                    command))
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile());
    Map<String, String> env = builder.environment();
    env.put("FIELDCLOUD_PROJECT_DIR", projectFile.getParent().toString());
    env.put("QGIS_FILE_NAME", projectFile.getFileName().toString());
    env.put("FIELDCLOUD_IO_DIR", dir.resolve("io").toString());
    env.put("FIELDCLOUD_WORK_DIR", dir.resolve("work").toString());
    env.put("QFIELDCLOUD_TOKEN", TOKEN);
    env.put("JOB_ID", "00000000-0000-4000-8000-000000000001");
    Process process = builder.start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "worker.jar did not finish");
    return new Run(
        process.exitValue(),
        Files.readString(logFile, StandardCharsets.UTF_8),
        FeedbackFormat.read(dir.resolve("io/feedback.json")));
  }

  @Test
  void processProjectfileWritesV2Feedback() throws Exception {
    Run run = runJar("process_projectfile", Fixtures.deltaProject());
    assertEquals(0, run.exitCode(), run.log());
    FeedbackFormat.assertV2(
        run.feedback(), "process_projectfile", "2.0", FeedbackFormat.PROCESS_PROJECTFILE_STEPS);
    JsonObject details =
        run.feedback()
            .getJsonObject("outputs")
            .getJsonObject("project_details")
            .getJsonObject("project_details");
    assertEquals("3.30.0", details.getString("qgis_version"));
    assertEquals(8, details.getJsonArray("ordered_layer_ids").size());
    assertTrue(run.log().contains("::<<<::"), run.log());
    assertFalse(run.log().contains(TOKEN));
  }

  @Test
  void packageWritesV2FeedbackAndThePackage() throws Exception {
    Run run = runJar("package", Fixtures.deltaProject());
    assertEquals(0, run.exitCode(), run.log());
    FeedbackFormat.assertV2(run.feedback(), "package_project", "2.0", FeedbackFormat.PACKAGE_STEPS);
    JsonObject outputs = run.feedback().getJsonObject("outputs");
    assertEquals(8, outputs.getJsonObject("qgis_layers_data").getJsonObject("layers_by_id").size());
    assertEquals(
        8, outputs.getJsonObject("qfield_layer_data").getJsonObject("layers_by_id").size());
    assertTrue(Files.isRegularFile(dir.resolve("work/export/data.gpkg")));
    assertTrue(Files.isRegularFile(dir.resolve("work/export/project_qfield.qgz")));
    assertFalse(run.log().contains(TOKEN));
  }

  @Test
  void failedRunExitsNonZeroWithErrorInFeedback() throws Exception {
    Run run = runJar("package", Fixtures.brokenXml());
    assertEquals(1, run.exitCode(), run.log());
    FeedbackFormat.assertV2(run.feedback(), "package_project", "2.0", FeedbackFormat.PACKAGE_STEPS);
    assertEquals("INVALID_PROJECT_FILE", run.feedback().getString("error_type"));
  }
}

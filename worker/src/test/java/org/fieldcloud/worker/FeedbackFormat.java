package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a feedback.json against the v2.0 format the job runner and the server read. */
public final class FeedbackFormat {

  private FeedbackFormat() {}

  public static JsonObject read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  /** Asserts the v2.0 structure and returns the step with the given id. */
  public static void assertV2(
      JsonObject feedback, String workflowId, String workflowVersion, List<String> stepIds) {
    assertEquals("2.0", feedback.getString("feedback_version"));
    assertEquals(workflowId, feedback.getString("workflow_id"));
    assertEquals(workflowVersion, feedback.getString("workflow_version"));
    assertFalse(feedback.getString("workflow_name").isBlank());
    List<JsonObject> steps =
        feedback.getJsonArray("steps").stream().map(JsonValue::asJsonObject).toList();
    assertEquals(stepIds, steps.stream().map(step -> step.getString("id")).toList());
    JsonObject outputs = feedback.getJsonObject("outputs");
    Set<String> completed = new HashSet<>();
    for (JsonObject step : steps) {
      assertFalse(step.getString("name").isBlank());
      int stage = step.getInt("stage");
      assertTrue(stage >= 0 && stage <= 2, step.toString());
      if (stage == 2) {
        completed.add(step.getString("id"));
        assertNotNull(step.getJsonObject("returns"), step.toString());
      } else {
        assertFalse(step.containsKey("returns"), step.toString());
      }
    }
    assertEquals(completed, outputs.keySet(), "one output object per completed step");
    boolean failed = feedback.containsKey("error");
    assertEquals(failed, completed.size() < steps.size(), "error exactly when a step did not end");
    if (failed) {
      for (String key : List.of("error_type", "error_class", "error_stack")) {
        assertTrue(feedback.containsKey(key), key);
      }
    }
  }

  public static JsonObject step(JsonObject feedback, String id) {
    return feedback.getJsonArray("steps").stream()
        .map(JsonValue::asJsonObject)
        .filter(step -> step.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  public static final List<String> PROCESS_PROJECTFILE_STEPS =
      List.of(
          "start_qgis_app",
          "download_project_directory",
          "project_validity_check",
          "opening_check",
          "project_details",
          "generate_thumbnail_image",
          "upload_thumbnail",
          "stop_qgis_app");

  public static final List<String> PACKAGE_STEPS =
      List.of(
          "start_qgis_app",
          "download_project_directory",
          "qgis_layers_data",
          "package_project",
          "qfield_layer_data",
          "stop_qgis_app",
          "upload_packaged_project");
}

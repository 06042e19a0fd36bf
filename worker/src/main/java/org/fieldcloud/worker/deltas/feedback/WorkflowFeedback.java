package org.fieldcloud.worker.deltas.feedback;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal writer of {@code /io/feedback.json} in the workflow format v2.0 (jobs.md §6.2), kept
 * inside the deltas package until the shared {@code org.fieldcloud.worker.feedback} writer lands;
 * then this class should give way to it. Keys are sorted, as the reference writes them.
 */
public final class WorkflowFeedback {

  private final String workflowId;
  private final String workflowName;
  private final String workflowVersion;
  private final List<JsonObject> steps = new ArrayList<>();
  private final Map<String, JsonObject> outputs = new TreeMap<>();
  private JsonObject error;

  public WorkflowFeedback(String workflowId, String workflowName, String workflowVersion) {
    this.workflowId = workflowId;
    this.workflowName = workflowName;
    this.workflowVersion = workflowVersion;
  }

  /** A step that finished (stage 2); its outputs are listed under {@code outputs.<id>}. */
  public void stepDone(String id, String name, JsonObject returns, JsonObject stepOutputs) {
    steps.add(
        Json.createObjectBuilder()
            .add("id", id)
            .add("name", name)
            .add("stage", 2)
            .add("returns", returns)
            .build());
    outputs.put(id, stepOutputs);
  }

  /** A step that started and did not finish (stage 1). */
  public void stepFailed(String id, String name) {
    steps.add(Json.createObjectBuilder().add("id", id).add("name", name).add("stage", 1).build());
  }

  public void error(String errorType, Throwable t) {
    StringWriter stack = new StringWriter();
    t.printStackTrace(new PrintWriter(stack));
    error =
        Json.createObjectBuilder()
            .add("error", String.valueOf(t.getMessage()))
            .add("error_type", errorType)
            .add("error_class", t.getClass().getSimpleName())
            .add("error_stack", stack.toString())
            .build();
  }

  public JsonObject toJson() {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("feedback_version", "2.0")
            .add("workflow_id", workflowId)
            .add("workflow_name", workflowName)
            .add("workflow_version", workflowVersion);
    JsonArrayBuilder s = Json.createArrayBuilder();
    steps.forEach(s::add);
    b.add("steps", s);
    JsonObjectBuilder o = Json.createObjectBuilder();
    outputs.forEach(o::add);
    b.add("outputs", o);
    if (error != null) {
      error.forEach(b::add);
    }
    return (JsonObject) sorted(b.build());
  }

  /** Writes atomically (temp file + move) so a reader never sees half a document. */
  public void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".feedback", ".json");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        JsonGenerator g =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(w)) {
      g.write(toJson());
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static JsonValue sorted(JsonValue v) {
    if (v instanceof JsonObject obj) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      new TreeMap<>(obj).forEach((k, val) -> b.add(k, sorted(val)));
      return b.build();
    }
    if (v instanceof JsonArray arr) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      arr.forEach(x -> b.add(sorted(x)));
      return b.build();
    }
    return v;
  }
}

package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading {@code outputs.apply_deltas.delta_feedback} of a feedback.json (jobs.md 5.2). */
class WorkerDeltaFeedbackTest {

  private static final UUID A = UUID.fromString("65b605b4-9832-4de0-9055-92e1dd94ebec");
  private static final UUID B = UUID.fromString("9311eb96-bff8-4d5b-ab36-c314a007cfcd");

  @Test
  void itemsAreFoundByDeltaIdWithStatusAndModifiedPk() {
    JsonObject feedback =
        parse(
            "{\"feedback_version\": \"2.0\", \"outputs\": {\"apply_deltas\": {\"delta_feedback\": ["
                + "{\"delta_id\": \""
                + B
                + "\", \"status\": \"status_conflict\", \"modified_pk\": null},"
                + "{\"delta_id\": \""
                + A
                + "\", \"status\": \"status_applied\", \"modified_pk\": 5},"
                + "{\"delta_id\": \"not-a-uuid\", \"status\": \"status_applied\"}]}}}");
    var items = WorkerDeltaFeedback.of(feedback);
    JsonObject a = items.item(A).orElseThrow();
    assertEquals(DeltaStatus.APPLIED, WorkerDeltaFeedback.statusOf(a));
    assertEquals("5", WorkerDeltaFeedback.modifiedPkOf(a));
    JsonObject b = items.item(B).orElseThrow();
    assertEquals(DeltaStatus.CONFLICT, WorkerDeltaFeedback.statusOf(b));
    assertNull(WorkerDeltaFeedback.modifiedPkOf(b));
  }

  @Test
  void aFeedbackWithoutTheOutputHasNoItems() {
    assertTrue(WorkerDeltaFeedback.of(parse("{\"steps\": []}")).item(A).isEmpty());
    assertTrue(
        WorkerDeltaFeedback.of(parse("{\"outputs\": {\"apply_deltas\": 3}}")).item(A).isEmpty());
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

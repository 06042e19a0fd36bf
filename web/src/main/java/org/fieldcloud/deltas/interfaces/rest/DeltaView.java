package org.fieldcloud.deltas.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.domain.model.PythonRepr;

/**
 * A delta as QField and the SDK read it (api.md 6.9): {@code status} is the {@code STATUS_*} string
 * QField polls for, and {@code output} is the feedback printed as Python prints a dict, as the
 * reference does.
 */
@JsonbPropertyOrder({
  "id",
  "deltafileId",
  "createdBy",
  "createdAt",
  "updatedAt",
  "status",
  "output",
  "lastStatus",
  "lastFeedback",
  "content"
})
public record DeltaView(
    UUID id,
    UUID deltafileId,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String status,
    String output,
    String lastStatus,
    JsonValue lastFeedback,
    JsonValue content) {

  static DeltaView of(Delta d) {
    JsonValue feedback = d.getLastFeedback() == null ? JsonValue.NULL : parse(d.getLastFeedback());
    return new DeltaView(
        d.getId(),
        d.getDeltafileId(),
        d.getCreatedBy().getUsername(),
        d.getCreatedAt(),
        d.getUpdatedAt(),
        d.getLastStatus().apiName(),
        feedback == JsonValue.NULL ? null : PythonRepr.of(feedback),
        d.getLastStatus().wireName(),
        feedback,
        parse(d.getContent()));
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}

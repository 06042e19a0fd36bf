package org.fieldcloud.jobs.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;

/** A job in the detail form of api.md 6.8: the list form plus feedback (JSON) and output. */
@JsonbPropertyOrder({
  "id",
  "createdAt",
  "createdBy",
  "feedback",
  "finishedAt",
  "output",
  "projectId",
  "startedAt",
  "status",
  "type",
  "updatedAt"
})
public record JobView(
    UUID id,
    OffsetDateTime createdAt,
    long createdBy,
    JsonValue feedback,
    OffsetDateTime finishedAt,
    String output,
    UUID projectId,
    OffsetDateTime startedAt,
    String status,
    String type,
    OffsetDateTime updatedAt) {

  static JobView of(Job job) {
    return new JobView(
        job.getId(),
        job.getCreatedAt(),
        job.getCreatedBy().getId(),
        feedback(job.getFeedback()),
        job.getFinishedAt(),
        job.getOutput(),
        job.getProject().getId(),
        job.getStartedAt(),
        job.getStatus().wireName(),
        job.getType().wireName(),
        job.getUpdatedAt());
  }

  /** The stored feedback as JSON; text that is not JSON (never written by us) as a string. */
  private static JsonValue feedback(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      return Json.createValue(text);
    }
  }
}

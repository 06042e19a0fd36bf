package org.fieldcloud.jobs.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;

/** A job in the list form of api.md 6.8: no output, no feedback; created_by is the user's id. */
@JsonbPropertyOrder({
  "id",
  "createdAt",
  "createdBy",
  "finishedAt",
  "projectId",
  "startedAt",
  "status",
  "type",
  "updatedAt"
})
public record JobListItemView(
    UUID id,
    OffsetDateTime createdAt,
    long createdBy,
    OffsetDateTime finishedAt,
    UUID projectId,
    OffsetDateTime startedAt,
    String status,
    String type,
    OffsetDateTime updatedAt) {

  static JobListItemView of(Job job) {
    return new JobListItemView(
        job.getId(),
        job.getCreatedAt(),
        job.getCreatedBy().getId(),
        job.getFinishedAt(),
        job.getProject().getId(),
        job.getStartedAt(),
        job.getStatus().wireName(),
        job.getType().wireName(),
        job.getUpdatedAt());
  }
}

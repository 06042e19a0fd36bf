package org.fieldcloud.secrets.application;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.secrets.domain.model.Secret;

/** A secret as lists show it: everything but the value, which is never read back. */
public record SecretSummary(
    long id,
    String name,
    String type,
    UUID projectId,
    Long organizationId,
    Long assignedToId,
    Long createdById,
    OffsetDateTime createdAt) {

  static SecretSummary of(Secret s) {
    return new SecretSummary(
        s.getId(),
        s.getName(),
        s.getType().wire(),
        s.getProjectId(),
        s.getOrganizationId(),
        s.getAssignedToId(),
        s.getCreatedById(),
        s.getCreatedAt());
  }
}

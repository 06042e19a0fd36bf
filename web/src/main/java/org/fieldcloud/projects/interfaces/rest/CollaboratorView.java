package org.fieldcloud.projects.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;

/** A project collaborator (api.md 6.6). */
@JsonbPropertyOrder({
  "projectId",
  "collaborator",
  "role",
  "createdBy",
  "updatedBy",
  "createdAt",
  "updatedAt"
})
public record CollaboratorView(
    UUID projectId,
    String collaborator,
    String role,
    String createdBy,
    String updatedBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  static CollaboratorView of(ProjectCollaborator c) {
    return new CollaboratorView(
        c.getProject().getId(),
        c.getCollaborator().getUsername(),
        c.getRole().wireName(),
        username(c.getCreatedBy()),
        username(c.getUpdatedBy()),
        c.getCreatedAt(),
        c.getUpdatedAt());
  }

  private static String username(User user) {
    return user == null ? null : user.getUsername();
  }
}

package org.fieldcloud.secrets.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A secret as the admin console lists it (model.md 2.7): who it belongs to, by name, and never its
 * value.
 */
public record SecretRow(
    long id,
    String name,
    String type,
    UUID projectId,
    String projectName,
    String projectOwner,
    Long organizationId,
    String organizationName,
    String assignedTo,
    String createdBy,
    OffsetDateTime createdAt)
    implements Serializable {

  /** "owner/name" of the project, or the organization's name. */
  public String ownerLabel() {
    return projectId != null ? projectOwner + "/" + projectName : organizationName;
  }

  public boolean isProjectSecret() {
    return projectId != null;
  }

  /** The reference's label of the type. */
  public String typeLabel() {
    return "pgservice".equals(type) ? "pg_service" : "Environment variable";
  }
}

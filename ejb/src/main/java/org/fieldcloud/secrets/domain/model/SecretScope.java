package org.fieldcloud.secrets.domain.model;

import java.util.UUID;

/** Whose secret it is: exactly one of a project and an organization (the table's XOR check). */
public record SecretScope(UUID projectId, Long organizationId) {

  public SecretScope {
    if ((projectId == null) == (organizationId == null)) {
      throw new IllegalArgumentException("A secret belongs to a project or an organization.");
    }
  }

  public static SecretScope project(UUID projectId) {
    return new SecretScope(projectId, null);
  }

  public static SecretScope organization(long organizationId) {
    return new SecretScope(null, organizationId);
  }

  public boolean isProject() {
    return projectId != null;
  }
}

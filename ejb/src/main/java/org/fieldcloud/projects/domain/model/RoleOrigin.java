package org.fieldcloud.projects.domain.model;

import java.util.Arrays;
import java.util.Locale;

/** How a person came to hold their role on a project (api.md 7.2), in rank order. */
public enum RoleOrigin {
  PROJECT_OWNER,
  ORGANIZATION_OWNER,
  ORGANIZATION_ADMIN,
  COLLABORATOR,
  TEAM_MEMBER,
  ORGANIZATION_MEMBER,
  PUBLIC;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RoleOrigin fromWire(String value) {
    return Arrays.stream(values())
        .filter(o -> o.wireName().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown role origin " + value));
  }
}

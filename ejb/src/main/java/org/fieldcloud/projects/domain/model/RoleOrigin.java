package org.fieldcloud.projects.domain.model;

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

  // Spelled once: lists convert thousands of these per request (docs/benchmarks.md).
  private final String wireName = name().toLowerCase(Locale.ROOT);
  private static final RoleOrigin[] ALL = values();

  public String wireName() {
    return wireName;
  }

  public static RoleOrigin fromWire(String value) {
    for (RoleOrigin origin : ALL) {
      if (origin.wireName.equals(value)) {
        return origin;
      }
    }
    throw new IllegalArgumentException("unknown role origin " + value);
  }
}

package org.fieldcloud.projects.domain.model;

import java.util.Locale;
import java.util.Optional;

/** The five roles a person can hold on a project (api.md 7.1), strongest first. */
public enum ProjectRole {
  ADMIN,
  MANAGER,
  EDITOR,
  REPORTER,
  READER;

  // Spelled once: lists convert thousands of these per request (docs/benchmarks.md).
  private final String wireName = name().toLowerCase(Locale.ROOT);
  private static final ProjectRole[] ALL = values();

  /** The wire form: {@code admin}, {@code manager}, ... */
  public String wireName() {
    return wireName;
  }

  public static Optional<ProjectRole> fromWire(String value) {
    for (ProjectRole role : ALL) {
      if (role.wireName.equals(value)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

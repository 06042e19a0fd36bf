package org.fieldcloud.projects.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five roles a person can hold on a project (api.md 7.1), strongest first. */
public enum ProjectRole {
  ADMIN,
  MANAGER,
  EDITOR,
  REPORTER,
  READER;

  /** The wire form: {@code admin}, {@code manager}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ProjectRole> fromWire(String value) {
    return Arrays.stream(values()).filter(r -> r.wireName().equals(value)).findFirst();
  }
}

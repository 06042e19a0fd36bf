package org.fieldcloud.projects.domain.model;

import java.util.Arrays;
import java.util.Locale;

/** Regular projects, templates, and the one {@code shared_datasets} project per owner. */
public enum ProjectType {
  REGULAR,
  SHARED_DATASETS,
  TEMPLATE;

  /** The name that makes a project the owner's shared-datasets project. */
  public static final String SHARED_DATASETS_NAME = "shared_datasets";

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type stored as {@code value} (its wire spelling). */
  public static ProjectType fromWire(String value) {
    return Arrays.stream(values())
        .filter(t -> t.wireName().equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown project type " + value));
  }
}

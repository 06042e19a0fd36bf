package org.fieldcloud.projects.domain.model;

import java.util.Locale;

/** Regular projects, templates, and the one {@code shared_datasets} project per owner. */
public enum ProjectType {
  REGULAR,
  SHARED_DATASETS,
  TEMPLATE;

  /** The name that makes a project the owner's shared-datasets project. */
  public static final String SHARED_DATASETS_NAME = "shared_datasets";

  // Spelled once: lists convert thousands of these per request (docs/benchmarks.md).
  private final String wireName = name().toLowerCase(Locale.ROOT);
  private static final ProjectType[] ALL = values();

  public String wireName() {
    return wireName;
  }

  /** The type stored as {@code value} (its wire spelling). */
  public static ProjectType fromWire(String value) {
    for (ProjectType type : ALL) {
      if (type.wireName.equals(value)) {
        return type;
      }
    }
    throw new IllegalStateException("unknown project type " + value);
  }
}

package org.fieldcloud.worker.deltas.deltafile;

import java.util.Optional;

/** What a delta does to one feature; the wire names are the deltafile's lower-case strings. */
public enum DeltaMethod {
  CREATE("create"),
  PATCH("patch"),
  DELETE("delete");

  private final String wireName;

  DeltaMethod(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<DeltaMethod> fromWireName(String name) {
    for (DeltaMethod m : values()) {
      if (m.wireName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}

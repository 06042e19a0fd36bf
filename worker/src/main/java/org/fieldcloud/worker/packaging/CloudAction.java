package org.fieldcloud.worker.packaging;

import java.util.Locale;

/** What packaging does with a layer: the values of the {@code QFieldSync/cloud_action} property. */
public enum CloudAction {
  /** Copy the features into {@code data.gpkg}; QField edits them offline. */
  OFFLINE,
  /** Copy the layer's file (and its sidecar files) into the package. */
  COPY,
  /** Copy the file unless the device already has it; in a cloud package the same as COPY. */
  KEEP_EXISTENT,
  /** Leave the source as it is: files are copied, online sources stay online. */
  NO_ACTION,
  /** Leave the layer out of the package. */
  REMOVE;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action named by a property value, or null for an absent or unknown value. */
  public static CloudAction fromValue(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (CloudAction action : values()) {
      if (action.value().equals(value.trim())) {
        return action;
      }
    }
    return null;
  }
}

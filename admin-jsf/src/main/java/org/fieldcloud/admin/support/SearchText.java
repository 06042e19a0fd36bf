package org.fieldcloud.admin.support;

import java.util.Optional;

/**
 * The search box of a list: either {@code prefix:value}, an exact filter each list defines
 * (model.md 2.1), or free text for the list's normal search fields.
 */
public record SearchText(Optional<String> prefix, String value) {

  public static SearchText parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    int colon = trimmed.indexOf(':');
    if (colon > 0 && trimmed.substring(0, colon).matches("[a-z_]+")) {
      return new SearchText(
          Optional.of(trimmed.substring(0, colon)), trimmed.substring(colon + 1).strip());
    }
    return new SearchText(Optional.empty(), trimmed);
  }

  public boolean isEmpty() {
    return prefix.isEmpty() && value.isEmpty();
  }
}

package org.fieldcloud.admin.support;

import java.util.Optional;
import java.util.UUID;

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

  /** Whether the box used this prefix, e.g. {@code owner}. */
  public boolean hasPrefix(String name) {
    return prefix.filter(name::equals).isPresent();
  }

  /** The text as typed, for the free-text fields when the prefix is not one the list knows. */
  public String whole() {
    return prefix.map(p -> p + ":").orElse("") + value;
  }

  /** The text as an id, when it is one. */
  public Optional<UUID> asUuid() {
    try {
      return Optional.of(UUID.fromString(whole()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  public boolean isEmpty() {
    return prefix.isEmpty() && value.isEmpty();
  }
}

package org.fieldcloud.shared.interfaces.rest;

import java.util.Optional;
import java.util.Set;

/**
 * The spellings of true and false the API accepts (api.md 1.2): form bodies carry booleans as text,
 * {@code "1"}, {@code "True"}, {@code "off"} and so on, exactly as DRF reads them.
 */
public final class BooleanValues {

  private static final Set<String> TRUE =
      Set.of("true", "True", "TRUE", "1", "t", "T", "y", "Y", "yes", "on");
  private static final Set<String> FALSE =
      Set.of("false", "False", "FALSE", "0", "f", "F", "n", "N", "no", "off");

  private BooleanValues() {}

  /** The boolean a text stands for, or empty when it is not one of the accepted spellings. */
  public static Optional<Boolean> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (TRUE.contains(text)) {
      return Optional.of(true);
    }
    if (FALSE.contains(text)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}

package org.fieldcloud.accounts.domain.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Django's default password validators (model.md 6): at least 8 characters, not entirely numeric,
 * not a very common password, not the username or e-mail itself.
 */
public final class PasswordRules {

  private static final java.util.Set<String> COMMON =
      java.util.Set.of(
          "password",
          "password1",
          "12345678",
          "123456789",
          "1234567890",
          "qwertyuiop",
          "iloveyou",
          "sunshine",
          "princess",
          "football",
          "baseball",
          "welcome1",
          "letmein1",
          "passw0rd",
          "abc12345",
          "trustno1",
          "superman",
          "whatever",
          "11111111",
          "00000000");

  private PasswordRules() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(String password, String username, String email) {
    if (password == null || password.length() < 8) {
      return Optional.of("This password is too short. It must contain at least 8 characters.");
    }
    if (password.chars().allMatch(Character::isDigit)) {
      return Optional.of("This password is entirely numeric.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of("This password is too common.");
    }
    if ((username != null && lower.equals(username.toLowerCase(Locale.ROOT)))
        || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
      return Optional.of("The password is too similar to the username or e-mail.");
    }
    return Optional.empty();
  }
}

package org.fieldcloud.accounts.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void acceptsALongMixedPassword() {
    assertEquals(Optional.empty(), PasswordRules.problemWith("Secret-pass-123", "ada", "a@b.org"));
  }

  @Test
  void refusesShortNumericCommonAndUsername() {
    assertTrue(PasswordRules.problemWith("short1", "ada", "a@b.org").get().contains("too short"));
    assertTrue(
        PasswordRules.problemWith("123456789012", "ada", "a@b.org").get().contains("numeric"));
    assertTrue(PasswordRules.problemWith("Password1", "ada", "a@b.org").get().contains("common"));
    assertTrue(
        PasswordRules.problemWith("adalovelace", "AdaLovelace", "a@b.org")
            .get()
            .contains("similar"));
    assertTrue(PasswordRules.problemWith(null, "ada", "a@b.org").isPresent());
  }
}

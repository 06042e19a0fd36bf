package org.fieldcloud.accounts.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "Alice_01", "a-b-c", "x23", "QFieldUser"})
  void acceptsLettersDigitsUnderscoreAndDashStartingWithALetter(String name) {
    assertEquals(Optional.empty(), UsernameRules.problemWith(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ab", "1abc", "_abc", "-abc", "a b", "a.b", "a@b", "ab/c", "é-abc"})
  void refusesMalformedNames(String name) {
    assertTrue(UsernameRules.problemWith(name).isPresent(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "Projects", "QFIELD", "qfield-files", "esri", "auth", "Member"})
  void refusesReservedWordsInAnyCase(String name) {
    assertTrue(UsernameRules.problemWith(name).orElseThrow().contains("reserved"), name);
  }

  @Test
  void limitsTheLengthTo150() {
    assertEquals(Optional.empty(), UsernameRules.problemWith("a".repeat(150)));
    assertTrue(UsernameRules.problemWith("a".repeat(151)).isPresent());
  }

  @Test
  void teamNamesMustNotContainSlashes() {
    assertEquals(Optional.empty(), UsernameRules.problemWithTeamName("org", "field-crew"));
    assertTrue(UsernameRules.problemWithTeamName("org", "a/b").isPresent());
    assertTrue(UsernameRules.problemWithTeamName("org", " ").isPresent());
  }
}

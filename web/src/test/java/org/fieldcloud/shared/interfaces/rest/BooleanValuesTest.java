package org.fieldcloud.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE", "1", "t", "T", "y", "Y", "yes", "on"})
  void readsTrue(String text) {
    assertEquals(Optional.of(true), BooleanValues.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "FALSE", "0", "f", "F", "n", "N", "no", "off"})
  void readsFalse(String text) {
    assertEquals(Optional.of(false), BooleanValues.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "tRuE", "maybe", " 1", "yes "})
  void refusesOtherSpellings(String text) {
    assertEquals(Optional.empty(), BooleanValues.parse(text));
  }
}

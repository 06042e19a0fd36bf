package org.fieldcloud.accounts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signed reset tokens: good until used, expired, or the person logged in again. */
class PasswordResetsTest {

  private PasswordResets resets;
  private Person person;

  @BeforeEach
  void setUp() throws Exception {
    resets = new PasswordResets();
    resets.secretKey = Optional.of("test-secret");
    resets.validHours = 72;
    resets.clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    resets.init();
    person = new Person("ada", "ada@example.org", "hash-1");
    Field id = person.getClass().getSuperclass().getDeclaredField("id");
    id.setAccessible(true);
    id.set(person, 42L);
  }

  private boolean valid(String token) throws Exception {
    var matches = PasswordResets.class.getDeclaredMethod("matches", Person.class, String.class);
    matches.setAccessible(true);
    return (boolean) matches.invoke(resets, person, token);
  }

  @Test
  void aFreshTokenIsValidForItsPerson() throws Exception {
    PasswordResets.ResetKey key = resets.keyFor(person);
    assertEquals(42L, key.personId());
    assertTrue(valid(key.token()));
    assertFalse(valid(key.token() + "0"));
    assertFalse(valid("nonsense"));
    assertFalse(valid(null));
  }

  @Test
  void aTokenDiesWhenThePasswordChangesOrThePersonLogsIn() throws Exception {
    String token = resets.keyFor(person).token();
    person.changePasswordHash("hash-2");
    assertFalse(valid(token));

    person.changePasswordHash("hash-1");
    assertTrue(valid(token));
    person.recordLogin(OffsetDateTime.parse("2026-01-01T00:00:01Z"));
    assertFalse(valid(token));
  }

  @Test
  void aTokenExpires() throws Exception {
    String token = resets.keyFor(person).token();
    resets.clock = Clock.fixed(Instant.parse("2026-01-03T23:59:00Z"), ZoneOffset.UTC);
    assertTrue(valid(token));
    resets.clock = Clock.fixed(Instant.parse("2026-01-04T00:00:01Z"), ZoneOffset.UTC);
    assertFalse(valid(token));
  }

  @Test
  void anotherSecretRefusesTheToken() throws Exception {
    String token = resets.keyFor(person).token();
    resets.secretKey = Optional.of("other-secret");
    resets.init();
    assertFalse(valid(token));
  }
}

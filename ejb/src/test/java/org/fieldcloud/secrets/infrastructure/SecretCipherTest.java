package org.fieldcloud.secrets.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  @Test
  void roundTripsWithoutPlainTextInTheStoredForm() {
    SecretCipher cipher = SecretCipher.withKey(KEY);
    String stored = cipher.encrypt("password=hunter2");
    assertTrue(stored.startsWith("v1:"));
    assertFalse(stored.contains("hunter2"));
    assertEquals("password=hunter2", cipher.decrypt(stored));
  }

  @Test
  void aFreshNonceEachTime() {
    SecretCipher cipher = SecretCipher.withKey(KEY);
    assertNotEquals(cipher.encrypt("same"), cipher.encrypt("same"));
  }

  @Test
  void anotherKeyCannotOpenIt() {
    String stored = SecretCipher.withKey(KEY).encrypt("value");
    var error =
        assertThrows(
            IllegalStateException.class, () -> SecretCipher.withKey(OTHER_KEY).decrypt(stored));
    assertFalse(error.getMessage().contains("value "));
  }

  @Test
  void keysMustBe32Bytes() {
    assertThrows(
        IllegalStateException.class,
        () -> SecretCipher.withKey(Base64.getEncoder().encodeToString(new byte[16])));
    assertThrows(IllegalStateException.class, () -> SecretCipher.withKey("not base64 !"));
  }
}

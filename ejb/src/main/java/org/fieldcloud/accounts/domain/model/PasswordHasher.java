package org.fieldcloud.accounts.domain.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * Hashes and verifies passwords with salted PBKDF2-HMAC-SHA512 (Jakarta Security), 210 000
 * iterations as recommended for that function today. The hash string carries algorithm, iteration
 * count and salt, so the cost can be raised later without breaking stored hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  private final Pbkdf2PasswordHash pbkdf2;

  @Inject
  public PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
    this.pbkdf2 = pbkdf2;
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  protected PasswordHasher() {
    this.pbkdf2 = null; // CDI proxy
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  private volatile String unusableHash;

  /**
   * A hash of a random password nobody knows, made once: checking a password against it costs as
   * much as a real check, so a login for a missing account takes as long as one for a real one.
   */
  public String unusableHash() {
    if (unusableHash == null) {
      unusableHash = hash(UUID.randomUUID().toString());
    }
    return unusableHash;
  }

  public boolean matches(String password, String hash) {
    return hash != null && !hash.isEmpty() && pbkdf2.verify(password.toCharArray(), hash);
  }
}

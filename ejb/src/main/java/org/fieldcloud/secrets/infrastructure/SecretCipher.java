package org.fieldcloud.secrets.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Encrypts secret values at rest with AES-256-GCM under the key {@code fieldcloud.secrets.key} (32
 * random bytes, base64; {@code openssl rand -base64 32}). Stored form: {@code v1:} + base64 of a
 * fresh 12-byte nonce followed by ciphertext and tag, so a changed or wrong key fails loudly
 * instead of yielding garbage.
 */
@ApplicationScoped
public class SecretCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretKeySpec key;

  @Inject
  @ConfigProperty(name = "fieldcloud.secrets.key")
  Optional<String> configuredKey;

  public SecretCipher() {}

  /** For tests and tools: a cipher with the given base64 key. */
  public static SecretCipher withKey(String base64Key) {
    SecretCipher cipher = new SecretCipher();
    cipher.key = parseKey(base64Key);
    return cipher;
  }

  public String encrypt(String plainText) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
      byte[] stored =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public String decrypt(String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("A secret value is not in the v1 encrypted form.");
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      // Never include the value: only say that the key does not open it.
      throw new IllegalStateException(
          "A secret cannot be decrypted: fieldcloud.secrets.key differs from the key it was"
              + " stored with.");
    }
  }

  private SecretKeySpec key() {
    if (key == null) {
      key =
          parseKey(
              configuredKey
                  .filter(k -> !k.isBlank())
                  .orElseThrow(
                      () ->
                          new ApiException(
                              ErrorCode.UNKNOWN_ERROR,
                              "Secrets are not available: fieldcloud.secrets.key is not set.")));
    }
    return key;
  }

  private static SecretKeySpec parseKey(String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("fieldcloud.secrets.key is not base64.");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "fieldcloud.secrets.key must be 32 bytes in base64 (openssl rand -base64 32), not "
              + bytes.length
              + " bytes.");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}

package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;

/**
 * An API token (model.md 1.4): a secret key sent as {@code Authorization: Token <key>}, valid until
 * {@code expires_at}. Expiring a token sets {@code expires_at} to now; rows are never reused.
 */
@Entity
@Table(name = "authentication_authtoken")
public class AuthToken {

  /** Length of a key, as QFieldCloud's {@code AUTH_TOKEN_LENGTH}. */
  public static final int KEY_LENGTH = 100;

  private static final String KEY_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(name = "key", nullable = false, length = 300, unique = true)
  private String key;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  @Column(name = "user_agent", nullable = false)
  private String userAgent = "";

  @Convert(converter = ClientTypeConverter.class)
  @Column(name = "client_type", nullable = false, length = 32)
  private ClientType clientType = ClientType.UNKNOWN;

  protected AuthToken() {}

  public AuthToken(
      User user,
      ClientType clientType,
      String userAgent,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    this.user = user;
    this.key = newKey();
    this.clientType = clientType;
    this.userAgent = userAgent == null ? "" : userAgent;
    this.createdAt = now;
    this.updatedAt = now;
    this.expiresAt = expiresAt;
  }

  /** 100 characters of {@code [A-Za-z0-9]} from a cryptographic random source. */
  static String newKey() {
    var key = new StringBuilder(KEY_LENGTH);
    for (int i = 0; i < KEY_LENGTH; i++) {
      key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
    }
    return key.toString();
  }

  public boolean isValidAt(OffsetDateTime now) {
    return expiresAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getKey() {
    return key;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }

  public ClientType getClientType() {
    return clientType;
  }
}

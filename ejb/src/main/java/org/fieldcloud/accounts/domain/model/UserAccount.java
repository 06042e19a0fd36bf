package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The profile of a person or an organization (model.md 1.1.8); teams have none. Created together
 * with its account, keyed by the account's id.
 */
@Entity
@Table(name = "core_useraccount")
public class UserAccount {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(nullable = false)
  private String bio = "";

  @Column(nullable = false)
  private String company = "";

  @Column(nullable = false)
  private String location = "";

  @Column(name = "is_email_public", nullable = false)
  private boolean emailPublic;

  /** Storage key of the avatar image, null when the account has none. */
  @Column(length = 1024)
  private String avatar;

  @Column(nullable = false, length = 63)
  private String timezone = "UTC";

  protected UserAccount() {}

  public UserAccount(long userId, String timezone) {
    this.userId = userId;
    this.timezone = timezone;
  }

  public Long getUserId() {
    return userId;
  }

  public String getAvatar() {
    return avatar;
  }

  public String getTimezone() {
    return timezone;
  }
}

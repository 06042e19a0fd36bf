package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.fieldcloud.accounts.domain.model.User;

/**
 * A subscription as the admin console lists it (model.md 2.12), read from the view {@code
 * admin_subscription_list_vw} with the reference's {@code is_active}, so that the database filters
 * and sorts by it. Read-only.
 */
@Entity
@Table(name = "admin_subscription_list_vw")
public class SubscriptionListRow {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", insertable = false, updatable = false)
  private User account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id", insertable = false, updatable = false)
  private Plan plan;

  @Convert(converter = SubscriptionStatusConverter.class)
  @Column(insertable = false, updatable = false)
  private SubscriptionStatus status;

  @Column(name = "active_since", insertable = false, updatable = false)
  private OffsetDateTime activeSince;

  @Column(name = "active_until", insertable = false, updatable = false)
  private OffsetDateTime activeUntil;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** The period contains now and the status allows work. */
  @Column(name = "is_active", insertable = false, updatable = false)
  private boolean active;

  protected SubscriptionListRow() {}

  public Long getId() {
    return id;
  }

  public User getAccount() {
    return account;
  }

  public Plan getPlan() {
    return plan;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public OffsetDateTime getActiveSince() {
    return activeSince;
  }

  public OffsetDateTime getActiveUntil() {
    return activeUntil;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isActive() {
    return active;
  }
}

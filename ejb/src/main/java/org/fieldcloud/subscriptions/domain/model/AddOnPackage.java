package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An add-on bought for a subscription for a period (model.md 1.5.3), e.g. 3 × 1000 MB of storage.
 * Periods of one subscription never overlap (exclusion constraint).
 */
@Entity
@Table(name = "subscription_package")
public class AddOnPackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "subscription_id")
  private Subscription subscription;

  @ManyToOne(optional = false)
  @JoinColumn(name = "type_id")
  private PackageType type;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "active_since", nullable = false)
  private OffsetDateTime activeSince;

  @Column(name = "active_until")
  private OffsetDateTime activeUntil;

  protected AddOnPackage() {}

  public AddOnPackage(
      Subscription subscription, PackageType type, int quantity, OffsetDateTime activeSince) {
    this.subscription = subscription;
    this.type = type;
    this.quantity = quantity;
    this.activeSince = activeSince;
  }

  public void endAt(OffsetDateTime at) {
    this.activeUntil = at;
  }

  public Subscription getSubscription() {
    return subscription;
  }

  public PackageType getType() {
    return type;
  }

  public int getQuantity() {
    return quantity;
  }

  public OffsetDateTime getActiveSince() {
    return activeSince;
  }

  public OffsetDateTime getActiveUntil() {
    return activeUntil;
  }

  /** Bytes this package adds while active: quantity × unit MB. */
  public long storageBytes() {
    return (long) quantity * type.getUnitAmount() * Plan.BYTES_PER_MB;
  }
}

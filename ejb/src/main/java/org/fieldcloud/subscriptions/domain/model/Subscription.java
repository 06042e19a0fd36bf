package org.fieldcloud.subscriptions.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;

/**
 * One period of an account on a plan (model.md 1.5.4). Periods of one account never overlap: the
 * table's exclusion constraint refuses it, and {@code SubscriptionService} checks first to answer
 * with a clear message.
 */
@Entity
@Table(name = "subscription_subscription")
public class Subscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private UUID uuid;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @Column(name = "purchased_seats", nullable = false)
  private int purchasedSeats = -1;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  /** The same column as {@link #accountId}, for the admin console (name, e-mail, links). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", insertable = false, updatable = false)
  private User account;

  @Convert(converter = SubscriptionStatusConverter.class)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "created_by_id")
  private Long createdById;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id", insertable = false, updatable = false)
  private User createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "requested_cancel_at", insertable = false, updatable = false)
  private OffsetDateTime requestedCancelAt;

  @Column(name = "billing_cycle_anchor_at", insertable = false, updatable = false)
  private OffsetDateTime billingCycleAnchorAt;

  @Column(name = "current_period_since", insertable = false, updatable = false)
  private OffsetDateTime currentPeriodSince;

  @Column(name = "current_period_until", insertable = false, updatable = false)
  private OffsetDateTime currentPeriodUntil;

  /** Admin-only notes. */
  @Column(name = "notes")
  private String notes;

  @Column(name = "active_since")
  private OffsetDateTime activeSince;

  @Column(name = "active_until")
  private OffsetDateTime activeUntil;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Subscription() {}

  public Subscription(
      Plan plan,
      long accountId,
      Long createdById,
      OffsetDateTime activeSince,
      OffsetDateTime activeUntil) {
    this.uuid = UUID.randomUUID();
    this.plan = plan;
    this.accountId = accountId;
    this.createdById = createdById;
    this.status = plan.getInitialSubscriptionStatus();
    this.activeSince = activeSince;
    this.activeUntil = activeUntil;
    this.updatedAt = OffsetDateTime.now();
  }

  /** Active = its period contains {@code at} and its status allows work (model.md 1.5.4). */
  public boolean isActiveAt(OffsetDateTime at) {
    return status.allowsWork() && covers(at);
  }

  public boolean covers(OffsetDateTime at) {
    return activeSince != null
        && !activeSince.isAfter(at)
        && (activeUntil == null || activeUntil.isAfter(at));
  }

  /** Ends the period at {@code at} (cancelled), as when a newer one starts then. */
  public void cancelAt(OffsetDateTime at) {
    this.activeUntil = at;
    this.status = SubscriptionStatus.INACTIVE_CANCELLED;
    this.updatedAt = OffsetDateTime.now();
  }

  /**
   * The admin console's "Active until" (model.md 2.12): the period ends at {@code at}; the status
   * stays, so a subscription ended in the future is active until then.
   */
  public void endAt(OffsetDateTime at) {
    this.activeUntil = at;
    this.updatedAt = OffsetDateTime.now();
  }

  public void changeNotes(String notes) {
    this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    this.updatedAt = OffsetDateTime.now();
  }

  public void changeStatus(SubscriptionStatus status) {
    this.status = status;
    this.updatedAt = OffsetDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public UUID getUuid() {
    return uuid;
  }

  public Plan getPlan() {
    return plan;
  }

  public int getPurchasedSeats() {
    return purchasedSeats;
  }

  public long getAccountId() {
    return accountId;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public User getAccount() {
    return account;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getRequestedCancelAt() {
    return requestedCancelAt;
  }

  public OffsetDateTime getBillingCycleAnchorAt() {
    return billingCycleAnchorAt;
  }

  public OffsetDateTime getCurrentPeriodSince() {
    return currentPeriodSince;
  }

  public OffsetDateTime getCurrentPeriodUntil() {
    return currentPeriodUntil;
  }

  public String getNotes() {
    return notes;
  }

  public OffsetDateTime getActiveSince() {
    return activeSince;
  }

  public OffsetDateTime getActiveUntil() {
    return activeUntil;
  }

  /** Storage of the plan itself, per seat for seat-based plans. */
  public long includedStorageBytes() {
    long perSeat = plan.getStorageMb() * Plan.BYTES_PER_MB;
    return plan.isSeatBased() ? perSeat * Math.max(purchasedSeats, 0) : perSeat;
  }

  /** How many organization members the plan allows, owner included; −1 = unlimited. */
  public int maxOrganizationMembers() {
    return plan.isSeatBased() ? purchasedSeats : plan.getMaxOrganizationMembers();
  }
}

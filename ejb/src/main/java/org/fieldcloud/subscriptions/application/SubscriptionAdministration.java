package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.domain.model.AddOnPackage;
import org.fieldcloud.subscriptions.domain.model.PackageType;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.Subscription;
import org.fieldcloud.subscriptions.domain.model.SubscriptionStatus;

/**
 * Subscriptions as staff manage them in the admin console (model.md 2.12): add one for an account,
 * end one ("Active until"), change its status and notes, and its additional storage. Periods of an
 * account never overlap; a change that would make them is refused with a message naming the
 * subscription in the way. To change an account's plan, end its subscription and add a new one from
 * then, as the reference's admin says.
 */
@Stateless
public class SubscriptionAdministration {

  @PersistenceContext EntityManager em;
  @EJB SubscriptionService subscriptions;
  @Inject AccountRepository accounts;

  /**
   * The add form.
   *
   * @param account username of a person or an organization
   * @param status null for the plan's initial status
   * @param activeUntil null for open-ended
   */
  public record NewSubscription(
      String account,
      Long planId,
      SubscriptionStatus status,
      OffsetDateTime activeSince,
      OffsetDateTime activeUntil,
      String notes) {}

  public Subscription createByStaff(AuthenticatedUser staff, NewSubscription request) {
    requireStaff(staff);
    String name = request.account() == null ? "" : request.account().strip();
    User account =
        accounts
            .findByUsername(name)
            .filter(u -> !u.isTeam())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.VALIDATION_ERROR,
                        "There is no person or organization named '" + name + "'."));
    Plan plan = request.planId() == null ? null : em.find(Plan.class, request.planId());
    if (plan == null) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "Choose a plan.");
    }
    if (plan.getUserType() != account.type().number()) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "Plan "
              + plan.getDisplayName()
              + " is for "
              + (plan.getUserType() == 1 ? "persons" : "organizations")
              + "; "
              + account.getUsername()
              + " is "
              + (account.isPerson() ? "a person." : "an organization."));
    }
    if (request.activeSince() == null) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "Give the moment it is active since.");
    }
    requireOrder(request.activeSince(), request.activeUntil());
    Subscription subscription =
        new Subscription(
            plan, account.getId(), staff.userId(), request.activeSince(), request.activeUntil());
    if (request.status() != null) {
      subscription.changeStatus(request.status());
    }
    subscription.changeNotes(request.notes());
    subscriptions.requireNoOverlap(subscription);
    em.persist(subscription);
    em.flush();
    return subscription;
  }

  /** Ends the period at {@code at} (now when null); the status stays. */
  public Subscription endByStaff(AuthenticatedUser staff, long subscriptionId, OffsetDateTime at) {
    requireStaff(staff);
    Subscription subscription = find(subscriptionId);
    OffsetDateTime end = at == null ? now() : at;
    if (subscription.getActiveSince() == null) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "Subscription " + subscriptionId + " has no period (no 'active since') to end.");
    }
    requireOrder(subscription.getActiveSince(), end);
    subscriptions.requireNoOverlap(
        subscription.getAccountId(), subscription.getActiveSince(), end, subscription.getId());
    subscription.endAt(end);
    return subscription;
  }

  public Subscription updateByStaff(
      AuthenticatedUser staff, long subscriptionId, SubscriptionStatus status, String notes) {
    requireStaff(staff);
    if (status == null) {
      throw new ApiException(ErrorCode.VALIDATION_ERROR, "Choose a status.");
    }
    Subscription subscription = find(subscriptionId);
    subscription.changeStatus(status);
    subscription.changeNotes(notes);
    return subscription;
  }

  /**
   * The quantity of additional storage from now on (the reference's additional_storage_quantity):
   * premium plans only, within the package type's limits.
   */
  public void setAdditionalStorageByStaff(
      AuthenticatedUser staff, long subscriptionId, int quantity) {
    requireStaff(staff);
    subscriptions.setPackageQuantity(find(subscriptionId), PackageType.STORAGE, quantity, now());
  }

  /** The quantity of additional storage active now, 0 when none. */
  public int additionalStorage(long subscriptionId) {
    OffsetDateTime now = now();
    return em.createQuery(
            "SELECT p FROM AddOnPackage p WHERE p.subscription.id = :s AND p.type.type = :t"
                + " AND p.activeSince <= :now AND (p.activeUntil IS NULL OR p.activeUntil > :now)",
            AddOnPackage.class)
        .setParameter("s", subscriptionId)
        .setParameter("t", PackageType.STORAGE)
        .setParameter("now", now)
        .getResultStream()
        .mapToInt(AddOnPackage::getQuantity)
        .findFirst()
        .orElse(0);
  }

  private Subscription find(long subscriptionId) {
    Subscription subscription = em.find(Subscription.class, subscriptionId);
    if (subscription == null) {
      throw new ApiException(ErrorCode.API_ERROR, 404, "No subscription " + subscriptionId + ".");
    }
    return subscription;
  }

  private static void requireOrder(OffsetDateTime since, OffsetDateTime until) {
    if (until != null && !until.isAfter(since)) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "'Active until' ("
              + Periods.text(until)
              + ") must come after 'active since' ("
              + Periods.text(since)
              + ").");
    }
  }

  private static void requireStaff(AuthenticatedUser staff) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}

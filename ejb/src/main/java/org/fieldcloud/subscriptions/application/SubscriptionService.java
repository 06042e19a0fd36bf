package org.fieldcloud.subscriptions.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.domain.model.AccountCreated;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.domain.model.UserType;
import org.fieldcloud.files.application.StorageUsage;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.subscriptions.domain.model.AddOnPackage;
import org.fieldcloud.subscriptions.domain.model.PackageType;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.Subscription;

/**
 * Subscriptions of accounts to plans (model.md 1.5.4): the default plan for every new account,
 * trials followed by a regular plan, add-on storage, and what an account may store.
 */
@Stateless
public class SubscriptionService {

  @PersistenceContext EntityManager em;
  @EJB StorageUsage storage;

  @Inject
  @ConfigProperty(name = "fieldcloud.subscriptions.trial-period-days", defaultValue = "28")
  int trialPeriodDays;

  /** Every new person or organization starts on the default plan of its type. */
  public void onAccountCreated(@Observes AccountCreated event) {
    createDefaultPlanSubscription(event.userId(), event.createdById(), now());
  }

  /** The subscription in force now, made from the default plan if the account has none. */
  public Subscription current(long accountId) {
    OffsetDateTime now = now();
    return findCovering(accountId, now)
        .orElseGet(() -> createDefaultPlanSubscription(accountId, defaultCreator(accountId), now));
  }

  /**
   * For organizations the plan of the most recently ended subscription is reused, else the default
   * plan of the account's type.
   */
  public Subscription createDefaultPlanSubscription(
      long accountId, Long createdById, OffsetDateTime since) {
    Plan plan =
        em.createQuery(
                "SELECT s.plan FROM Subscription s WHERE s.accountId = :a"
                    + " AND s.activeUntil IS NOT NULL AND s.activeUntil <= :now"
                    + " AND s.plan.userType = 2 ORDER BY s.activeUntil DESC",
                Plan.class)
            .setParameter("a", accountId)
            .setParameter("now", since)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseGet(() -> defaultPlan(typeOf(accountId)));
    return persist(new Subscription(plan, accountId, createdById, since, null));
  }

  /**
   * Puts the account on {@code plan} from {@code since}. A trial plan gives a trial period of
   * {@code fieldcloud.subscriptions.trial-period-days} followed by {@code regularPlan} (or the
   * default plan), and uses one of the organization owner's trial organizations.
   */
  public List<Subscription> subscribe(
      long accountId, Plan plan, Long createdById, OffsetDateTime since, Plan regularPlan) {
    List<Subscription> created = new ArrayList<>();
    if (plan.isTrial()) {
      OffsetDateTime trialEnd = since.plusDays(trialPeriodDays);
      created.add(persist(new Subscription(plan, accountId, createdById, since, trialEnd)));
      useTrialOrganization(accountId);
      Plan next = regularPlan != null ? regularPlan : defaultPlan(typeOf(accountId));
      created.add(persist(new Subscription(next, accountId, createdById, trialEnd, null)));
    } else {
      created.add(persist(new Subscription(plan, accountId, createdById, since, null)));
      em.createNativeQuery(
              "UPDATE core_person SET remaining_trial_organizations = ?1 WHERE user_ptr_id = ?2")
          .setParameter(1, Math.max(plan.getMaxTrialOrganizations(), 0))
          .setParameter(2, accountId)
          .executeUpdate();
    }
    return created;
  }

  /**
   * Changes the quantity of an add-on from {@code since} (model.md 1.5.3): premium plans only;
   * future packages are dropped, the running one ends at {@code since}, a new one starts if {@code
   * quantity} > 0.
   */
  public void setPackageQuantity(
      Subscription subscription, String packageType, int quantity, OffsetDateTime since) {
    if (!subscription.getPlan().isPremium()) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED_PLAN_INSUFFICIENT, "Add-on packages need a premium plan.");
    }
    PackageType type =
        em.createQuery("SELECT t FROM PackageType t WHERE t.type = :t", PackageType.class)
            .setParameter("t", packageType)
            .getSingleResult();
    if (quantity < type.getMinQuantity() || quantity > type.getMaxQuantity()) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "The quantity must be between "
              + type.getMinQuantity()
              + " and "
              + type.getMaxQuantity()
              + ".");
    }
    for (AddOnPackage existing : packagesOf(subscription, type)) {
      if (existing.getActiveSince().isAfter(since)) {
        em.remove(existing);
      } else if (existing.getActiveUntil() == null || existing.getActiveUntil().isAfter(since)) {
        existing.endAt(since);
      }
    }
    em.flush();
    if (quantity > 0) {
      em.persist(new AddOnPackage(subscription, type, quantity, since));
      em.flush();
    }
  }

  /** Plan storage plus the active storage packages (premium plans only). */
  public long activeStorageTotalBytes(Subscription subscription) {
    long total = subscription.includedStorageBytes();
    if (subscription.getPlan().isPremium()) {
      OffsetDateTime now = now();
      for (AddOnPackage p : packagesOf(subscription, null)) {
        boolean active =
            !p.getActiveSince().isAfter(now)
                && (p.getActiveUntil() == null || p.getActiveUntil().isAfter(now));
        if (active && PackageType.STORAGE.equals(p.getType().getType())) {
          total += p.storageBytes();
        }
      }
    }
    return total;
  }

  /** Bytes stored by the projects the account owns (their latest file versions). */
  public long usedStorageBytes(long accountId) {
    return storage.usedBy(accountId);
  }

  private List<AddOnPackage> packagesOf(Subscription subscription, PackageType type) {
    var query =
        em.createQuery(
                "SELECT p FROM AddOnPackage p WHERE p.subscription = :s"
                    + (type == null ? "" : " AND p.type = :t"),
                AddOnPackage.class)
            .setParameter("s", subscription);
    if (type != null) {
      query.setParameter("t", type);
    }
    return query.getResultList();
  }

  private Subscription persist(Subscription subscription) {
    requireNoOverlap(subscription);
    em.persist(subscription);
    em.flush();
    return subscription;
  }

  /**
   * The table's exclusion constraint would refuse it too; this says why, as a 400 naming the
   * subscription in the way.
   */
  public void requireNoOverlap(Subscription candidate) {
    requireNoOverlap(
        candidate.getAccountId(),
        candidate.getActiveSince(),
        candidate.getActiveUntil(),
        candidate.getId());
  }

  /**
   * The same for a period {@code [since, until)} of an account, other subscriptions than {@code
   * self} (null for a new one); call it before changing a managed subscription, whose change would
   * be flushed by the query.
   */
  public void requireNoOverlap(
      long accountId, OffsetDateTime since, OffsetDateTime until, Long self) {
    boolean bounded = until != null;
    var query =
        em.createQuery(
                "SELECT s FROM Subscription s WHERE s.accountId = :a AND s.id <> :self"
                    + " AND s.activeSince IS NOT NULL"
                    + " AND (s.activeUntil IS NULL OR s.activeUntil > :since)"
                    + (bounded ? " AND s.activeSince < :until" : "")
                    + " ORDER BY s.activeSince",
                Subscription.class)
            .setParameter("a", accountId)
            .setParameter("self", self == null ? -1L : self)
            .setParameter("since", since)
            .setMaxResults(1);
    if (bounded) {
      query.setParameter("until", until);
    }
    Optional<Subscription> inTheWay = query.getResultStream().findFirst();
    if (inTheWay.isPresent()) {
      Subscription other = inTheWay.get();
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          "The account already has subscription "
              + other.getId()
              + " ("
              + other.getPlan().getDisplayName()
              + ") from "
              + Periods.text(other.getActiveSince())
              + (other.getActiveUntil() == null
                  ? ", open-ended"
                  : " until " + Periods.text(other.getActiveUntil()))
              + ", which overlaps that period. Periods of one account may not overlap: end that"
              + " subscription first or choose another period.");
    }
  }

  private Optional<Subscription> findCovering(long accountId, OffsetDateTime at) {
    return em.createQuery(
            "SELECT s FROM Subscription s WHERE s.accountId = :a AND s.activeSince <= :at"
                + " AND (s.activeUntil IS NULL OR s.activeUntil > :at)"
                + " ORDER BY s.activeSince DESC",
            Subscription.class)
        .setParameter("a", accountId)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Plan defaultPlan(UserType type) {
    return em.createQuery(
            "SELECT p FROM Plan p WHERE p.defaultPlan = true AND p.userType = :t", Plan.class)
        .setParameter("t", (short) type.number())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "There is no default plan for accounts of type " + type + "."));
  }

  private UserType typeOf(long accountId) {
    User user = em.find(User.class, accountId);
    if (user == null || user.isTeam()) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No person or organization.");
    }
    return user.type();
  }

  private Long defaultCreator(long accountId) {
    User user = em.find(User.class, accountId);
    return user instanceof Organization org ? org.getOwner().getId() : Long.valueOf(accountId);
  }

  private void useTrialOrganization(long accountId) {
    if (em.find(User.class, accountId) instanceof Organization org) {
      Person owner = org.getOwner();
      em.createNativeQuery(
              "UPDATE core_person SET remaining_trial_organizations ="
                  + " greatest(remaining_trial_organizations - 1, 0) WHERE user_ptr_id = ?1")
          .setParameter(1, owner.getId())
          .executeUpdate();
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}

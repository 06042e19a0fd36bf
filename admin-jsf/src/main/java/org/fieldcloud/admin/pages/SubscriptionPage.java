package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.UtcMinutes;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.subscriptions.application.SubscriptionAdministration;
import org.fieldcloud.subscriptions.application.SubscriptionAdministration.NewSubscription;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.Subscription;
import org.fieldcloud.subscriptions.domain.model.SubscriptionStatus;

/**
 * One subscription (model.md 2.12): its period, plan and status, with "End subscription" (Active
 * until), status and notes, and additional storage for premium plans. Without an id, the form that
 * adds one for an account ({@code ?account=<username>} fills it in).
 */
@Named
@ViewScoped
public class SubscriptionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB SubscriptionAdministration administration;
  @Inject AdminSession session;

  private String id;
  private Subscription subscription;

  // the add form
  private String account = "";
  private Long planId;
  private SubscriptionStatus newStatus;
  private LocalDateTime activeSince;
  private LocalDateTime activeUntil;
  private String newNotes;

  // the actions on an existing one
  private LocalDateTime endAt;
  private SubscriptionStatus status;
  private String notes;
  private int additionalStorage;

  public void load() {
    if (id == null || id.isBlank()) {
      subscription = null;
      if (activeSince == null) {
        activeSince = UtcMinutes.now();
      }
      return;
    }
    try {
      subscription = lists.find(Subscription.class, Long.valueOf(id.strip())).orElse(null);
    } catch (NumberFormatException e) {
      subscription = null;
    }
    if (subscription == null) {
      Messages.error("No subscription with id " + id + ".");
      return;
    }
    endAt =
        subscription.getActiveUntil() != null
            ? subscription.getActiveUntil().atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()
            : UtcMinutes.now();
    status = subscription.getStatus();
    notes = subscription.getNotes();
    additionalStorage = administration.additionalStorage(subscription.getId());
  }

  public String create() {
    try {
      Subscription created =
          administration.createByStaff(
              session.caller(),
              new NewSubscription(
                  account,
                  planId,
                  newStatus,
                  UtcMinutes.toOffset(activeSince),
                  UtcMinutes.toOffset(activeUntil),
                  newNotes));
      Messages.info(
          "Subscription "
              + created.getId()
              + " of "
              + account.strip()
              + " to "
              + created.getPlan().getDisplayName()
              + " created.");
      return "/subscription?faces-redirect=true&id=" + created.getId();
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
  }

  public void end() {
    try {
      OffsetDateTime at = UtcMinutes.toOffset(endAt);
      administration.endByStaff(session.caller(), subscription.getId(), at);
      Messages.info(
          "Subscription "
              + subscription.getId()
              + " ends "
              + (at == null ? "now" : "at " + endAt.toString().replace('T', ' ') + " UTC")
              + ".");
      load();
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void save() {
    try {
      administration.updateByStaff(session.caller(), subscription.getId(), status, notes);
      Messages.info("Subscription " + subscription.getId() + " saved.");
      load();
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void saveAdditionalStorage() {
    try {
      administration.setAdditionalStorageByStaff(
          session.caller(), subscription.getId(), additionalStorage);
      Messages.info(
          "Additional storage of subscription "
              + subscription.getId()
              + " is "
              + additionalStorage
              + " from now on.");
      load();
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  /** The period contains now and the status allows work. */
  public boolean isActive() {
    return subscription.isActiveAt(OffsetDateTime.now());
  }

  public List<Plan> getPlans() {
    return lists.page(ListQuery.of(Plan.class).orderBy("ordering", true), 0, 500);
  }

  public SubscriptionStatus[] getStatuses() {
    return SubscriptionStatus.values();
  }

  public boolean isNew() {
    return subscription == null && (id == null || id.isBlank());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Subscription getSubscription() {
    return subscription;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account == null ? "" : account;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public SubscriptionStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(SubscriptionStatus newStatus) {
    this.newStatus = newStatus;
  }

  public LocalDateTime getActiveSince() {
    return activeSince;
  }

  public void setActiveSince(LocalDateTime activeSince) {
    this.activeSince = activeSince;
  }

  public LocalDateTime getActiveUntil() {
    return activeUntil;
  }

  public void setActiveUntil(LocalDateTime activeUntil) {
    this.activeUntil = activeUntil;
  }

  public String getNewNotes() {
    return newNotes;
  }

  public void setNewNotes(String newNotes) {
    this.newNotes = newNotes;
  }

  public LocalDateTime getEndAt() {
    return endAt;
  }

  public void setEndAt(LocalDateTime endAt) {
    this.endAt = endAt;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public void setStatus(SubscriptionStatus status) {
    this.status = status;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public int getAdditionalStorage() {
    return additionalStorage;
  }

  public void setAdditionalStorage(int additionalStorage) {
    this.additionalStorage = additionalStorage;
  }
}

package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.subscriptions.application.PlanAdministration;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.SubscriptionStatus;

/**
 * One plan (model.md 2.12): every field editable, as in the reference; without an id, a new plan.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB PlanAdministration administration;
  @Inject AdminSession session;

  private String id;
  private Plan plan;
  private PlanForm form;

  public void load() {
    if (id == null || id.isBlank()) {
      plan = null;
      form = new PlanForm();
      return;
    }
    try {
      plan = lists.find(Plan.class, Long.valueOf(id.strip())).orElse(null);
    } catch (NumberFormatException e) {
      plan = null;
    }
    if (plan == null) {
      form = null;
      Messages.error("No plan with id " + id + ".");
      return;
    }
    form = PlanForm.of(administration.settingsOf(session.caller(), plan.getId()));
  }

  public String save() {
    try {
      Plan saved =
          plan == null
              ? administration.createByStaff(session.caller(), form.settings())
              : administration.updateByStaff(session.caller(), plan.getId(), form.settings());
      Messages.info("Plan " + saved.getCode() + (plan == null ? " created." : " saved."));
      return "/plan?faces-redirect=true&id=" + saved.getId();
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
  }

  /** The trial plans one may choose as this plan's trial variant. */
  public List<Plan> getTrialPlans() {
    return lists.page(
        ListQuery.of(Plan.class).where("trial", Match.EQUALS, true).orderBy("code", true), 0, 500);
  }

  public SubscriptionStatus[] getStatuses() {
    return SubscriptionStatus.values();
  }

  public boolean isNew() {
    return plan == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Plan getPlan() {
    return plan;
  }

  public PlanForm getForm() {
    return form;
  }
}

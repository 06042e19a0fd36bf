package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.subscriptions.domain.model.Plan;
import org.fieldcloud.subscriptions.domain.model.SubscriptionListRow;
import org.fieldcloud.subscriptions.domain.model.SubscriptionStatus;

/**
 * Subscriptions (model.md 2.12), newest first. Filters: plan, active (period contains now and an
 * active status), status. Search: id, account username or e-mail (exact); {@code
 * account:<username>}. New subscriptions are added from here.
 */
@Named
@ViewScoped
public class SubscriptionsPage extends ListPage<SubscriptionListRow> {

  private static final long serialVersionUID = 1L;

  private Long plan;
  private String active = "";
  private SubscriptionStatus status;

  @PostConstruct
  void init() {
    table(
        Map.of(
            "id", "id",
            "account.username", "account.username",
            "account.email", "account.email",
            "plan.displayName", "plan.displayName",
            "activeSince", "activeSince",
            "activeUntil", "activeUntil",
            "active", "active",
            "status", "status"),
        s -> String.valueOf(s.getId()),
        "id",
        false);
  }

  @Override
  protected ListQuery<SubscriptionListRow> query() {
    ListQuery<SubscriptionListRow> query = ListQuery.of(SubscriptionListRow.class);
    if (plan != null) {
      query = query.where("plan.id", Match.EQUALS, plan);
    }
    if (!active.isEmpty()) {
      query = query.where("active", Match.EQUALS, Boolean.valueOf(active));
    }
    if (status != null) {
      query = query.where("status", Match.EQUALS, status);
    }
    SearchText text = searchText();
    if (text.hasPrefix("account")) {
      return query.where("account.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.whole();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("account.username", Match.EQUALS_IGNORE_CASE, value));
    any.add(Condition.of("account.email", Match.EQUALS_IGNORE_CASE, value));
    if (value.matches("\\d{1,18}")) {
      any.add(Condition.of("id", Match.EQUALS, Long.valueOf(value)));
    }
    return query.where(Condition.anyOf(any));
  }

  public List<Plan> getPlans() {
    return lists.page(ListQuery.of(Plan.class).orderBy("ordering", true), 0, 500);
  }

  public SubscriptionStatus[] getStatuses() {
    return SubscriptionStatus.values();
  }

  public Long getPlan() {
    return plan;
  }

  public void setPlan(Long plan) {
    this.plan = plan;
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active == null ? "" : active;
  }

  public SubscriptionStatus getStatus() {
    return status;
  }

  public void setStatus(SubscriptionStatus status) {
    this.status = status;
  }
}

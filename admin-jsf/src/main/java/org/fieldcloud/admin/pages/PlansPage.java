package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.subscriptions.domain.model.Plan;

/**
 * Plans (model.md 2.12) in their list order (ordering): search code or display name (contains),
 * filter by user type. New plans are added from here.
 */
@Named
@ViewScoped
public class PlansPage extends ListPage<Plan> {

  private static final long serialVersionUID = 1L;

  private String userType = "";

  @PostConstruct
  void init() {
    table(
        Map.of(
            "code", "code",
            "displayName", "displayName",
            "userType", "userType",
            "storageMb", "storageMb",
            "jobMinutes", "jobMinutes",
            "ordering", "ordering"),
        p -> String.valueOf(p.getId()),
        "ordering",
        true);
  }

  @Override
  protected ListQuery<Plan> query() {
    ListQuery<Plan> query = ListQuery.of(Plan.class);
    if (!userType.isEmpty()) {
      query = query.where("userType", Match.EQUALS, Short.valueOf(userType));
    }
    String value = searchText().whole();
    if (value.isEmpty()) {
      return query;
    }
    return query.where(
        Condition.anyOf(
            List.of(
                Condition.of("code", Match.CONTAINS_IGNORE_CASE, value),
                Condition.of("displayName", Match.CONTAINS_IGNORE_CASE, value))));
  }

  public String getUserType() {
    return userType;
  }

  public void setUserType(String userType) {
    this.userType = userType == null ? "" : userType;
  }
}

package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.fieldcloud.accounts.application.AccountService;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * Organizations (model.md 2.3): search by name or owner (contains) or e-mail (exact); {@code
 * owner:<username>} lists the organizations of one owner. New organizations are created here.
 */
@Named
@ViewScoped
public class OrganizationsPage extends ListPage<Organization> {

  private static final long serialVersionUID = 1L;

  @EJB AccountService accounts;

  private String newName;
  private String newEmail;
  private String newOwner;

  @PostConstruct
  void init() {
    table(
        Map.of(
            "username", "username",
            "email", "email",
            "owner.username", "owner.username",
            "dateJoined", "dateJoined"),
        o -> String.valueOf(o.getId()),
        "dateJoined",
        false);
  }

  @Override
  protected ListQuery<Organization> query() {
    ListQuery<Organization> query = ListQuery.of(Organization.class);
    SearchText text = searchText();
    if (text.hasPrefix("owner")) {
      return query.where("owner.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.whole();
    if (!value.isEmpty()) {
      query =
          query.where(
              Condition.anyOf(
                  List.of(
                      Condition.of("username", Match.CONTAINS_IGNORE_CASE, value),
                      Condition.of("owner.username", Match.CONTAINS_IGNORE_CASE, value),
                      Condition.of("email", Match.EQUALS_IGNORE_CASE, value),
                      Condition.of("owner.email", Match.EQUALS_IGNORE_CASE, value))));
    }
    return query;
  }

  public String create() {
    try {
      Organization organization = accounts.createOrganization(newOwner, newName, newEmail);
      Messages.info("Organization " + organization.getUsername() + " created.");
      return "/organization?faces-redirect=true&name=" + organization.getUsername();
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewOwner() {
    return newOwner;
  }

  public void setNewOwner(String newOwner) {
    this.newOwner = newOwner;
  }
}

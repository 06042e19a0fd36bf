package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.fieldcloud.accounts.application.AccountService;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * People (model.md 2.2): search by username (contains) or e-mail (exact), filter by staff and
 * active; new persons are created here.
 */
@Named
@ViewScoped
public class PeoplePage extends ListPage<Person> {

  private static final long serialVersionUID = 1L;

  @EJB AccountService accounts;
  @Inject AdminSession session;

  private String staff = "";
  private String active = "";

  private String newUsername;
  private String newEmail;
  private String newPassword;

  @PostConstruct
  void init() {
    table(
        Map.of(
            "username", "username",
            "firstName", "firstName",
            "lastName", "lastName",
            "email", "email",
            "superuser", "superuser",
            "staff", "staff",
            "active", "active",
            "dateJoined", "dateJoined",
            "lastLogin", "lastLogin"),
        p -> String.valueOf(p.getId()),
        "dateJoined",
        false);
  }

  @Override
  protected ListQuery<Person> query() {
    ListQuery<Person> query = ListQuery.of(Person.class);
    SearchText text = searchText();
    if (!text.value().isEmpty()) {
      query =
          query.where(
              Condition.anyOf(
                  List.of(
                      Condition.of("username", Match.CONTAINS_IGNORE_CASE, text.value()),
                      Condition.of("email", Match.EQUALS_IGNORE_CASE, text.value()))));
    }
    if (!staff.isEmpty()) {
      query = query.where("staff", Match.EQUALS, Boolean.valueOf(staff));
    }
    if (!active.isEmpty()) {
      query = query.where("active", Match.EQUALS, Boolean.valueOf(active));
    }
    return query;
  }

  public String create() {
    try {
      Person person =
          accounts.createPerson(
              session.caller(),
              new AccountService.NewPerson(newUsername, newPassword, newEmail, "", ""));
      Messages.info("Person " + person.getUsername() + " created.");
      return "/person?faces-redirect=true&id=" + person.getId();
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
  }

  public String getStaff() {
    return staff;
  }

  public void setStaff(String staff) {
    this.staff = staff == null ? "" : staff;
  }

  public String getActive() {
    return active;
  }

  public void setActive(String active) {
    this.active = active == null ? "" : active;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}

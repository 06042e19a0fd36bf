package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.fieldcloud.accounts.application.AccountService;
import org.fieldcloud.accounts.application.PasswordResets;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * One person (model.md 2.2): status flags, set password, a reset link to hand over, and the
 * organizations they own or belong to.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB AccountService accounts;
  @EJB PasswordResets resets;
  @Inject AdminSession session;

  private long id;
  private Person person;
  private boolean active;
  private boolean staff;
  private String newPassword;
  private String resetUrl;

  /** Called by f:viewAction once the id is known. */
  public void load() {
    person = lists.find(Person.class, id).orElse(null);
    if (person == null) {
      Messages.error("No person with id " + id + ".");
      return;
    }
    active = person.isActive();
    staff = person.isStaff();
  }

  public void saveStatus() {
    try {
      person = accounts.changeStatusByStaff(session.caller(), id, active, staff);
      Messages.info(
          "Saved " + person.getUsername() + ": active " + active + ", staff " + staff + ".");
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void setPassword() {
    try {
      accounts.setPasswordByStaff(session.caller(), id, newPassword);
      newPassword = null;
      Messages.info("The password of " + person.getUsername() + " has been changed.");
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void generateResetUrl() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String base =
        request.getRequestURL().toString().replaceFirst("/person\\.xhtml$", "")
            + "/accounts/password-reset-confirm.xhtml?";
    resetUrl = base + resets.keyByStaff(session.caller(), id).query();
    Messages.info("Reset link generated; hand it to " + person.getUsername() + ".");
  }

  public List<Organization> getOwnedOrganizations() {
    return lists.page(
        ListQuery.of(Organization.class)
            .where("owner.id", Match.EQUALS, id)
            .orderBy("username", true),
        0,
        100);
  }

  public List<OrganizationMember> getMemberships() {
    return lists.page(
        ListQuery.of(OrganizationMember.class)
            .where("member.id", Match.EQUALS, id)
            .orderBy("organization.username", true),
        0,
        100);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Person getPerson() {
    return person;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean isStaff() {
    return staff;
  }

  public void setStaff(boolean staff) {
    this.staff = staff;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getResetUrl() {
    return resetUrl;
  }
}

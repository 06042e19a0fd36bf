package org.fieldcloud.admin.accounts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.fieldcloud.accounts.application.AuthenticationService;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.admin.security.SessionUser;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.shared.domain.ApiException;

/**
 * The login form (model.md 6): username or e-mail and password, checked with the same hashes and
 * lockout rules as the API, kept in the web session.
 */
@Named
@RequestScoped
public class LoginPage {

  @EJB AuthenticationService authentication;

  private String login;
  private String password;
  private String next;

  public String logIn() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Person person;
    try {
      person = authentication.checkPassword(login, password, request.getRemoteAddr());
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
    // A new session id on login, so a session id planted before cannot be used afterwards.
    request.changeSessionId();
    external
        .getSessionMap()
        .put(
            SessionUser.ATTRIBUTE,
            new SessionUser(person.getId(), person.getUsername(), person.isStaff()));
    if (!person.isStaff()) {
      Messages.info(
          "You are logged in as "
              + person.getUsername()
              + ". The administration pages are for staff users only.");
      return "/accounts/profile?faces-redirect=true";
    }
    external.redirect(external.getRequestContextPath() + safeNext());
    return null;
  }

  /** Only a path inside the console, never another site (open redirect). */
  private String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  public String logOut() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "/accounts/login?faces-redirect=true&loggedOut=true";
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}

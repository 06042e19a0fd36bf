package org.fieldcloud.admin.accounts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.fieldcloud.accounts.application.PasswordResets;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.shared.domain.ApiException;

/** "Forgot your password?": asks for the e-mail, then takes the new password from the link. */
@Named
@RequestScoped
public class PasswordResetPage {

  @EJB PasswordResets resets;

  private String email;
  private long uid;
  private String token;
  private String password;
  private String passwordAgain;

  public String sendLink() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String resetPage =
        request
            .getRequestURL()
            .toString()
            .replace("password-reset.xhtml", "password-reset-confirm.xhtml");
    try {
      resets.mailResetLink(email, resetPage);
    } catch (IllegalStateException e) {
      Messages.error("The e-mail could not be sent; try again later.");
      return null;
    }
    Messages.info(
        "If an account has the address "
            + email
            + ", we have sent it a link to reset the password.");
    return "/accounts/login?faces-redirect=true";
  }

  public boolean isLinkValid() {
    return token != null && resets.isValid(uid, token);
  }

  public String resetPassword() {
    if (password == null || !password.equals(passwordAgain)) {
      Messages.error("The two passwords differ.");
      return null;
    }
    try {
      resets.reset(uid, token, password);
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
    Messages.info("Your password has been changed. You can log in with it now.");
    return "/accounts/login?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public long getUid() {
    return uid;
  }

  public void setUid(long uid) {
    this.uid = uid;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}

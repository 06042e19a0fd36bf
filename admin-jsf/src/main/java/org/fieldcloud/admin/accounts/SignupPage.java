package org.fieldcloud.admin.accounts;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.fieldcloud.accounts.application.AccountService;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.shared.domain.ApiException;

/** The sign-up form: e-mail, username, password twice; open or closed by configuration. */
@Named
@RequestScoped
public class SignupPage {

  @EJB AccountService accounts;

  private String email;
  private String username;
  private String password;
  private String passwordAgain;

  public boolean isOpen() {
    return accounts.isSignupOpen();
  }

  public String signUp() {
    if (password == null || !password.equals(passwordAgain)) {
      Messages.error("The two passwords differ.");
      return null;
    }
    try {
      accounts.signUp(new AccountService.NewPerson(username, password, email, "", ""));
    } catch (ApiException e) {
      Messages.error(e);
      return null;
    }
    Messages.info("Welcome, " + username + "! Your account is ready; log in with it.");
    return "/accounts/login?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

package org.fieldcloud.admin.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.fieldcloud.shared.domain.ApiException;

/** The messages shown after each action; they survive the redirect that follows it. */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  public static void error(ApiException e) {
    error(e.getMessage());
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}

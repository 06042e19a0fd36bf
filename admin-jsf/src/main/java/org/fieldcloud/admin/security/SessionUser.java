package org.fieldcloud.admin.security;

import java.io.Serializable;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.ClientType;

/**
 * The person logged in to the admin web session. Kept as a plain session attribute so that the
 * access filter can read it before JSF runs.
 */
public record SessionUser(long id, String username, boolean staff) implements Serializable {

  /** The session attribute that holds it. */
  public static final String ATTRIBUTE = "org.fieldcloud.admin.user";

  /** The caller the ejb services expect; a web session has no API token. */
  public AuthenticatedUser caller() {
    return new AuthenticatedUser(id, username, staff, ClientType.BROWSER, 0);
  }
}

package org.fieldcloud.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Optional;
import org.fieldcloud.accounts.application.AuthenticatedUser;

/** Who is logged in, for pages and page beans. */
@Named
@RequestScoped
public class AdminSession {

  public Optional<SessionUser> user() {
    Object user =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(SessionUser.ATTRIBUTE);
    return user instanceof SessionUser u ? Optional.of(u) : Optional.empty();
  }

  public boolean isLoggedIn() {
    return user().isPresent();
  }

  public String getUsername() {
    return user().map(SessionUser::username).orElse("");
  }

  /** The staff caller for service calls; the filter has already turned everyone else away. */
  public AuthenticatedUser caller() {
    return user().orElseThrow(() -> new IllegalStateException("not logged in")).caller();
  }
}

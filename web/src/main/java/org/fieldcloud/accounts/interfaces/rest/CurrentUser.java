package org.fieldcloud.accounts.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Who sends the current request, as {@link TokenAuthenticationFilter} found it. Inject it in any
 * resource: {@link #require()} for endpoints that need a user, {@link #optional()} for public ones.
 */
@RequestScoped
public class CurrentUser {

  private AuthenticatedUser user;

  void set(AuthenticatedUser authenticated) {
    this.user = authenticated;
  }

  public Optional<AuthenticatedUser> optional() {
    return Optional.ofNullable(user);
  }

  /** The authenticated user, or 401 {@code not_authenticated} for an anonymous request. */
  public AuthenticatedUser require() {
    if (user == null) {
      throw new ApiException(
          ErrorCode.NOT_AUTHENTICATED,
          "Log in first and send the token as 'Authorization: Token <key>'.");
    }
    return user;
  }
}

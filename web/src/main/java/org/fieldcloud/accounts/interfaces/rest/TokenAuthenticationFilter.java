package org.fieldcloud.accounts.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.fieldcloud.accounts.application.AuthenticationService;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Resolves {@code Authorization: Token <key>} on every API request, public endpoints included
 * (api.md 2.1), and puts the user into {@link CurrentUser}. The keyword is case-insensitive (the
 * SDK sends {@code token}); another keyword such as {@code Bearer} is left alone. A malformed token
 * header is 401 {@code authentication_failed}; an unknown or expired key, or an inactive user, 401
 * {@code token_authentication_failed}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthenticationFilter implements ContainerRequestFilter {

  @EJB AuthenticationService authentication;
  @Inject CurrentUser currentUser;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return;
    }
    String[] parts = header.trim().split("\\s+");
    if (parts.length == 0 || !parts[0].equalsIgnoreCase("token")) {
      return;
    }
    if (parts.length != 2) {
      throw new ApiException(
          ErrorCode.AUTHENTICATION_FAILED,
          "Invalid token header: send exactly 'Authorization: Token <key>'.");
    }
    try {
      currentUser.set(authentication.authenticate(parts[1]));
    } catch (ApiException e) {
      if (!staleTokenIgnored()) {
        throw e;
      }
    }
  }

  private boolean staleTokenIgnored() {
    Method method = resource == null ? null : resource.getResourceMethod();
    return method != null && method.isAnnotationPresent(StaleTokenIgnored.class);
  }
}

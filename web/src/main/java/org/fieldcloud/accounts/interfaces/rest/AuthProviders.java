package org.fieldcloud.accounts.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login methods clients may offer (api.md 5.1 {@code auth/providers/}, also part of {@code
 * server/info/}). Single sign-on providers are not supported yet.
 */
@ApplicationScoped
public class AuthProviders {

  @Inject
  @ConfigProperty(name = "fieldcloud.auth.password-login-enabled", defaultValue = "true")
  boolean passwordLoginEnabled;

  public List<AuthProviderView> all() {
    return passwordLoginEnabled ? List.of(AuthProviderView.CREDENTIALS) : List.of();
  }
}

package org.fieldcloud.accounts.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.application.AuthenticationService;
import org.fieldcloud.accounts.application.UserDirectory;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/** Login, logout and the current user (api.md 5.1). */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @EJB AuthenticationService authentication;
  @EJB UserDirectory users;
  @Inject CurrentUser currentUser;
  @Inject AuthProviders providers;
  @Context HttpServletRequest servletRequest;

  /** Proxies whose {@code X-Forwarded-For} is believed, comma-separated IP addresses. */
  @Inject
  @ConfigProperty(name = "fieldcloud.auth.trusted-proxies")
  Optional<String> trustedProxies;

  /**
   * Checks {@code username} (or {@code email}) and {@code password} and issues a new token. The SDK
   * calls {@code login/}, QField {@code token/}.
   */
  @POST
  @Path("login/")
  @StaleTokenIgnored
  public TokenView login(
      RequestFields body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    return doLogin(body, userAgent);
  }

  @POST
  @Path("token/")
  @StaleTokenIgnored
  public TokenView token(
      RequestFields body, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
    return doLogin(body, userAgent);
  }

  private TokenView doLogin(RequestFields body, String userAgent) {
    RequestFields fields = body == null ? RequestFields.empty() : body;
    String password =
        fields
            .text("password")
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR, 400, "The field 'password' is required."));
    String email = fields.text("email").orElse("").strip();
    String login = email.isEmpty() ? fields.text("username").orElse("").strip() : email;
    return TokenView.of(authentication.login(login, password, clientAddress(), userAgent));
  }

  private String clientAddress() {
    Set<String> proxies =
        Arrays.stream(trustedProxies.orElse("").split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.toSet());
    return ClientAddress.of(
        servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"), proxies);
  }

  /** Expires every token of the caller; anonymous callers get the same answer. */
  @POST
  @Path("logout/")
  public LogoutView logout() {
    currentUser.optional().ifPresent(user -> authentication.logout(user.userId()));
    return new LogoutView("Successfully logged out.");
  }

  /** Django's allauth logs out on GET too ({@code ACCOUNT_LOGOUT_ON_GET}). */
  @GET
  @Path("logout/")
  public LogoutView logoutByGet() {
    return logout();
  }

  @GET
  @Path("user/")
  public CompleteUserView user() {
    return CompleteUserView.of(users.get(currentUser.require().username()));
  }

  @GET
  @Path("providers/")
  public List<AuthProviderView> providers() {
    return providers.all();
  }
}

package org.fieldcloud.server.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.interfaces.rest.AuthProviderView;
import org.fieldcloud.accounts.interfaces.rest.AuthProviders;

/**
 * What a client shows before login (api.md 5.2): branding, login methods and where to sign up.
 * QField reads it when its cloud screen opens while disconnected.
 */
@Path("server/info/")
public class ServerInfoResource {

  @Inject AuthProviders providers;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "fieldcloud.site-title", defaultValue = "QFieldCloud")
  String siteTitle;

  @Inject
  @ConfigProperty(name = "fieldcloud.signup-url")
  Optional<String> signupUrl;

  @JsonbPropertyOrder({"siteTitle", "logoNavbar", "logoMain", "favicon"})
  public record Whitelabel(String siteTitle, String logoNavbar, String logoMain, String favicon) {}

  @JsonbPropertyOrder({"whitelabel", "authProviders", "signupUrl"})
  public record ServerInfo(
      Whitelabel whitelabel, List<AuthProviderView> authProviders, String signupUrl) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response info() {
    URI root = uri.getBaseUri().resolve("/");
    var body =
        new ServerInfo(
            new Whitelabel(
                siteTitle,
                root.resolve("static/logo_sidetext_white.svg").toString(),
                root.resolve("static/logo_undertext_with_buffer.svg").toString(),
                root.resolve("static/favicon.ico").toString()),
            providers.all(),
            signupUrl.filter(u -> !u.isBlank()).orElse(null));
    var cache = new CacheControl();
    cache.setMaxAge(60);
    return Response.ok(body).cacheControl(cache).build();
  }
}

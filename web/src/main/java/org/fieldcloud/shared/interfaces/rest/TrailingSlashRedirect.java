package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Every API path ends with a slash (api.md 1.1). A GET or HEAD without it is answered, before any
 * resource is matched, with a 301 to the slashed URL (query kept), as Django's APPEND_SLASH does.
 * Other methods are matched as they are. Avatar file URLs have no trailing slash by design.
 */
@Provider
@PreMatching
public class TrailingSlashRedirect implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return;
    }
    URI uri = request.getUriInfo().getRequestUri();
    String path = uri.getRawPath();
    if (path == null || path.endsWith("/") || isAvatarFile(request)) {
      return;
    }
    URI slashed = UriBuilder.fromUri(uri).replacePath(path + "/").build();
    request.abortWith(Response.status(Response.Status.MOVED_PERMANENTLY).location(slashed).build());
  }

  private static boolean isAvatarFile(ContainerRequestContext request) {
    return request.getUriInfo().getPath().startsWith("files/avatars/");
  }
}

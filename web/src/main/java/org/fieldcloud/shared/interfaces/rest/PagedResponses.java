package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.fieldcloud.shared.domain.Page;

/**
 * Answers a list endpoint (api.md 4): the bare JSON array of the page, and, only when a page was
 * asked for, {@code X-Total-Count}, {@code X-Next-Page} and {@code X-Previous-Page}.
 *
 * <pre>
 * Page&lt;Thing&gt; page = service.list(..., PageParameters.from(uri.getQueryParameters()));
 * return PagedResponses.ok(page.map(ThingView::of), uri);
 * </pre>
 */
public final class PagedResponses {

  private PagedResponses() {}

  public static Response ok(Page<?> page, UriInfo uri) {
    return ok(page, page.items(), uri);
  }

  /**
   * @param body what is written for {@code page.items()}, when it is not the items themselves (the
   *     JSON bytes of a project list)
   */
  public static Response ok(Page<?> page, Object body, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(body);
    page.request()
        .ifPresent(
            request -> {
              URI url = uri.getRequestUri();
              response.header("X-Total-Count", Long.toString(page.total()));
              PageLinks.next(url, request, page.total())
                  .ifPresent(next -> response.header("X-Next-Page", next.toString()));
              PageLinks.previous(url, request)
                  .ifPresent(previous -> response.header("X-Previous-Page", previous.toString()));
            });
    return response.build();
  }
}

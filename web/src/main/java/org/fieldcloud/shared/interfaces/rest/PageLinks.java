package org.fieldcloud.shared.interfaces.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.shared.domain.PageRequest;

/**
 * The {@code X-Next-Page} and {@code X-Previous-Page} URLs of a page (api.md 4): the request URL
 * with every other query parameter kept and {@code limit}/{@code offset} set. The previous link
 * drops {@code offset} when it would be 0 or less. Plain string work on the raw query, so other
 * parameters keep their encoding.
 */
public final class PageLinks {

  private PageLinks() {}

  public static Optional<URI> next(URI request, PageRequest page, long total) {
    long nextOffset = (long) page.offset() + page.limit();
    if (nextOffset >= total) {
      return Optional.empty();
    }
    return Optional.of(withPage(request, page.limit(), nextOffset));
  }

  public static Optional<URI> previous(URI request, PageRequest page) {
    if (page.offset() <= 0) {
      return Optional.empty();
    }
    long previousOffset = (long) page.offset() - page.limit();
    return Optional.of(
        withPage(request, page.limit(), previousOffset <= 0 ? null : previousOffset));
  }

  private static URI withPage(URI request, int limit, Long offset) {
    List<String> params = new ArrayList<>();
    String query = request.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !name.equals("limit") && !name.equals("offset")) {
          params.add(pair);
        }
      }
    }
    params.add("limit=" + limit);
    if (offset != null) {
      params.add("offset=" + offset);
    }
    String base = request.toString();
    int cut = base.indexOf('?');
    if (cut >= 0) {
      base = base.substring(0, cut);
    }
    int fragment = base.indexOf('#');
    if (fragment >= 0) {
      base = base.substring(0, fragment);
    }
    return URI.create(base + "?" + String.join("&", params));
  }
}

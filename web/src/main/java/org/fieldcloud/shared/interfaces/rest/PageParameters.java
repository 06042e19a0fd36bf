package org.fieldcloud.shared.interfaces.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.fieldcloud.shared.domain.PageRequest;

/**
 * Reads {@code ?limit=&offset=} (api.md 4). Pagination is opt-in: only a strictly positive integer
 * {@code limit} asks for a page; anything else means the whole list. A missing, negative or
 * non-numeric {@code offset} is 0.
 */
public final class PageParameters {

  private PageParameters() {}

  public static Optional<PageRequest> from(MultivaluedMap<String, String> query) {
    int limit = nonNegative(query.getFirst("limit"));
    if (limit <= 0) {
      return Optional.empty();
    }
    return Optional.of(new PageRequest(Math.max(0, nonNegative(query.getFirst("offset"))), limit));
  }

  private static int nonNegative(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

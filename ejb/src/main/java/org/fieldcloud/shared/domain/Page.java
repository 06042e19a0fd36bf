package org.fieldcloud.shared.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The items of one page and the number of items of the whole list.
 *
 * @param items the requested page, or the whole list when no page was requested
 * @param total the size of the whole list
 * @param request the page that was asked for; empty means "everything"
 */
public record Page<T>(List<T> items, long total, Optional<PageRequest> request) {

  /** A whole, unpaginated list. */
  public static <T> Page<T> all(List<T> items) {
    return new Page<>(items, items.size(), Optional.empty());
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), total, request);
  }
}

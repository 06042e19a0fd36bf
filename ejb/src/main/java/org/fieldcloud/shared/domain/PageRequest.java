package org.fieldcloud.shared.domain;

/**
 * One page of a list, as the API's {@code ?limit=&offset=} ask for it (api.md 4). Services apply it
 * in the database query, never to a list already in memory.
 *
 * @param offset how many items to skip, at least 0
 * @param limit how many items at most, at least 1
 */
public record PageRequest(int offset, int limit) {

  public PageRequest {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
    }
  }
}

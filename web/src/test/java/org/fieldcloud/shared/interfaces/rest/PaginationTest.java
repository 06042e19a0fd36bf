package org.fieldcloud.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.net.URI;
import java.util.Optional;
import org.fieldcloud.shared.domain.PageRequest;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static final URI LIST = URI.create("http://host/api/v1/users/?q=al&limit=2&offset=4");

  @Test
  void paginatesOnlyWithAPositiveLimit() {
    assertEquals(Optional.empty(), PageParameters.from(query(null, "5")));
    assertEquals(Optional.empty(), PageParameters.from(query("0", null)));
    assertEquals(Optional.empty(), PageParameters.from(query("-3", null)));
    assertEquals(Optional.empty(), PageParameters.from(query("ten", null)));
    assertEquals(Optional.of(new PageRequest(0, 10)), PageParameters.from(query("10", null)));
    assertEquals(Optional.of(new PageRequest(0, 10)), PageParameters.from(query("10", "-1")));
    assertEquals(Optional.of(new PageRequest(0, 10)), PageParameters.from(query("10", "x")));
    assertEquals(Optional.of(new PageRequest(30, 10)), PageParameters.from(query("10", "30")));
  }

  @Test
  void nextPageKeepsOtherParametersAndMovesTheOffset() {
    assertEquals(
        Optional.of(URI.create("http://host/api/v1/users/?q=al&limit=2&offset=6")),
        PageLinks.next(LIST, new PageRequest(4, 2), 7));
  }

  @Test
  void noNextPageAfterTheLastItem() {
    assertEquals(Optional.empty(), PageLinks.next(LIST, new PageRequest(4, 2), 6));
    assertEquals(Optional.empty(), PageLinks.next(LIST, new PageRequest(0, 5), 0));
  }

  @Test
  void previousPageDropsTheOffsetWhenItReachesZero() {
    assertEquals(
        Optional.of(URI.create("http://host/api/v1/users/?q=al&limit=2&offset=2")),
        PageLinks.previous(LIST, new PageRequest(4, 2)));
    assertEquals(
        Optional.of(URI.create("http://host/api/v1/users/?q=al&limit=3")),
        PageLinks.previous(LIST, new PageRequest(2, 3)));
    assertEquals(Optional.empty(), PageLinks.previous(LIST, new PageRequest(0, 3)));
  }

  private static MultivaluedHashMap<String, String> query(String limit, String offset) {
    var query = new MultivaluedHashMap<String, String>();
    if (limit != null) {
      query.add("limit", limit);
    }
    if (offset != null) {
      query.add("offset", offset);
    }
    return query;
  }
}

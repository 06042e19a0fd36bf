package org.fieldcloud.projects.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fieldcloud.projects.application.ProjectListQuery;
import org.junit.jupiter.api.Test;

class ProjectListCacheTest {

  private static final ProjectListQuery ALL =
      new ProjectListQuery(null, null, List.of(), true, false, List.of());
  private static final ProjectListQuery OWN =
      new ProjectListQuery(null, null, List.of(), false, false, List.of());

  @Test
  void aBodyAnswersOnlyForTheEpochItWasReadAt() {
    var cache = new ProjectListCache(1000);
    var key = new ProjectListCache.Key(1, ALL);
    cache.put(key, 7, new byte[] {1, 2});
    assertArrayEquals(new byte[] {1, 2}, cache.get(key, 7).orElseThrow());
    assertTrue(cache.get(key, 8).isEmpty());
    assertTrue(cache.get(new ProjectListCache.Key(2, ALL), 7).isEmpty(), "another person");
    assertTrue(cache.get(new ProjectListCache.Key(1, OWN), 7).isEmpty(), "another query");
    assertEquals(
        new ProjectListCache.Key(
            1, new ProjectListQuery(null, null, List.of(), true, false, List.of())),
        key,
        "an equal query finds it");
  }

  @Test
  void anOlderReadDoesNotReplaceANewerOne() {
    var cache = new ProjectListCache(1000);
    var key = new ProjectListCache.Key(1, ALL);
    cache.put(key, 9, new byte[] {9});
    cache.put(key, 8, new byte[] {8});
    assertArrayEquals(new byte[] {9}, cache.get(key, 9).orElseThrow());
    cache.put(key, 10, new byte[] {10, 10});
    assertArrayEquals(new byte[] {10, 10}, cache.get(key, 10).orElseThrow());
    assertEquals(2, cache.bytes(), "the replaced body no longer counts");
  }

  @Test
  void theLeastRecentlyUsedGoFirstWhenTheBudgetIsExceeded() {
    var cache = new ProjectListCache(400);
    var a = new ProjectListCache.Key(1, ALL);
    var b = new ProjectListCache.Key(2, ALL);
    var c = new ProjectListCache.Key(3, ALL);
    cache.put(a, 1, new byte[100]);
    cache.put(b, 1, new byte[100]);
    cache.get(a, 1); // a is now used more recently than b
    cache.put(c, 1, new byte[100]);
    cache.put(new ProjectListCache.Key(4, ALL), 1, new byte[100]);
    cache.put(new ProjectListCache.Key(5, ALL), 1, new byte[100]);
    assertTrue(cache.get(b, 1).isEmpty(), "b went first");
    assertTrue(cache.get(a, 1).isPresent());
    assertEquals(400, cache.bytes());
    cache.put(new ProjectListCache.Key(6, ALL), 1, new byte[101]);
    assertTrue(cache.get(new ProjectListCache.Key(6, ALL), 1).isEmpty(), "over a quarter");
  }
}

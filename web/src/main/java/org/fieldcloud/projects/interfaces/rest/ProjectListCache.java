package org.fieldcloud.projects.interfaces.rest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.projects.application.ProjectListQuery;

/**
 * Response bodies of project lists, each with the list epoch it was read at, within a budget of
 * bytes; the least recently used go first. An entry answers only for the epoch it was read at, so
 * anything that changed since simply misses. Thread-safe; the lock is held for map operations only.
 */
final class ProjectListCache {

  /** Whose list, asked how. */
  record Key(long userId, ProjectListQuery query) {}

  private record Entry(long epoch, byte[] body) {}

  private final long budgetBytes;
  private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  ProjectListCache(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  synchronized Optional<byte[]> get(Key key, long epoch) {
    Entry entry = entries.get(key);
    return entry != null && entry.epoch() == epoch ? Optional.of(entry.body()) : Optional.empty();
  }

  /** Keeps {@code body} unless it would take more than a quarter of the budget alone. */
  synchronized void put(Key key, long epoch, byte[] body) {
    if (body.length > budgetBytes / 4) {
      return;
    }
    Entry old = entries.get(key);
    if (old != null && old.epoch() > epoch) {
      return; // a newer read got here first
    }
    Entry replaced = entries.put(key, new Entry(epoch, body));
    bytes += body.length - (replaced == null ? 0 : replaced.body().length);
    Iterator<Entry> eldest = entries.values().iterator();
    while (bytes > budgetBytes && eldest.hasNext()) {
      bytes -= eldest.next().body().length;
      eldest.remove();
    }
  }

  synchronized long bytes() {
    return bytes;
  }
}

package org.fieldcloud.deltas.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pending deltas into apply jobs of at most {@link #APPLY_DELTAS_LIMIT}. Unlike the
 * reference (jobs.md 3.3, chunk end computed with max instead of min), chunks never overlap and
 * there is no empty job when the count is a multiple of the limit.
 */
public final class DeltaChunks {

  public static final int APPLY_DELTAS_LIMIT = 1000;

  private DeltaChunks() {}

  public static <T> List<List<T>> of(List<T> items, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1");
    }
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < items.size(); start += size) {
      chunks.add(List.copyOf(items.subList(start, Math.min(start + size, items.size()))));
    }
    return chunks;
  }
}

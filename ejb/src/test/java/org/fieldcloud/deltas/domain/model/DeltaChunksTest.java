package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Apply jobs get disjoint chunks of at most 1000 deltas, and no empty job (jobs.md 3.3). */
class DeltaChunksTest {

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "999, 1", "1000, 1", "1001, 2", "2000, 2", "2500, 3"})
  void chunksCoverEveryDeltaOnceInOrder(int count, int jobs) {
    List<Integer> ids = IntStream.range(0, count).boxed().toList();
    List<List<Integer>> chunks = DeltaChunks.of(ids, DeltaChunks.APPLY_DELTAS_LIMIT);
    assertEquals(jobs, chunks.size());
    List<Integer> joined = new ArrayList<>();
    chunks.forEach(
        c -> {
          assertEquals(true, !c.isEmpty() && c.size() <= 1000);
          joined.addAll(c);
        });
    assertEquals(ids, joined);
    assertEquals(count, new HashSet<>(joined).size());
  }
}

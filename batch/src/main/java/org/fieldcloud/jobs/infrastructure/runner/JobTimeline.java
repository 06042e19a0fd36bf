package org.fieldcloud.jobs.infrastructure.runner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each phase of one job ended, from its creation on: where a slow job spends its time (the
 * queue, the batch runtime, the database, the Docker engine, the worker). The consumer logs it at
 * level FINE when the job ends (docs/jobs.md, "Operations"). Thread-safe: the poller, the batch
 * thread and the runner's threads mark it.
 */
public final class JobTimeline {

  private record Mark(String phase, Instant at) {}

  private final Instant origin;
  private final List<Mark> marks = new ArrayList<>();

  /** A timeline counted from {@code origin}, the job's {@code created_at}. */
  public JobTimeline(Instant origin) {
    this.origin = origin;
  }

  /** A timeline of a run that has no job row, counted from now (the runner tests, benchmarks). */
  public static JobTimeline startingNow() {
    return new JobTimeline(Instant.now());
  }

  /** Says that {@code phase} ended now; it lasted since the previous mark (or the origin). */
  public synchronized void mark(String phase) {
    marks.add(new Mark(phase, Instant.now()));
  }

  /** From the origin to the last mark. */
  public synchronized Duration total() {
    return marks.isEmpty()
        ? Duration.ZERO
        : Duration.between(origin, marks.get(marks.size() - 1).at());
  }

  /**
   * One line: each phase with how long it took, in order, e.g. {@code pending 412 ms, claim 9 ms,
   * ..., record 14 ms; 1630 ms in all}.
   */
  @Override
  public synchronized String toString() {
    List<String> parts = new ArrayList<>();
    Instant previous = origin;
    for (Mark mark : marks) {
      parts.add(mark.phase() + " " + Duration.between(previous, mark.at()).toMillis() + " ms");
      previous = mark.at();
    }
    return String.join(", ", parts) + "; " + total().toMillis() + " ms in all";
  }
}

package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerVerdictTest {

  static final WorkerLimits LIMITS = WorkerLimits.ofMegabytes(1000, 1);

  @Test
  void timeoutWinsOverTheExitCodeOfTheKill() {
    var verdict = new WorkerVerdict(137, true, false, false, "");
    assertEquals(WorkerOutcome.TIMED_OUT, verdict.outcome());
    assertEquals(
        "The worker did not finish within 600 s and was stopped (timeout).",
        verdict.message(Duration.ofSeconds(600), LIMITS));
  }

  @Test
  void kernelOomKillAndJavaHeapExhaustionAreBothOutOfMemory() {
    assertEquals(
        WorkerOutcome.OUT_OF_MEMORY, new WorkerVerdict(137, false, false, true, "").outcome());
    assertEquals(
        WorkerOutcome.OUT_OF_MEMORY,
        new WorkerVerdict(
                3,
                false,
                false,
                false,
                "Terminating due to java.lang.OutOfMemoryError: Java heap space")
            .outcome());
    assertEquals(
        "The worker ran out of memory (limit 1000 MiB) and was stopped (exit code 137).",
        new WorkerVerdict(137, false, false, true, "").message(Duration.ofSeconds(1), LIMITS));
  }

  @Test
  void aKillFromOutsideIsSaidSo() {
    assertEquals(
        "The worker was killed from outside (exit code 137, SIGKILL).",
        new WorkerVerdict(137, false, false, false, "").message(Duration.ofSeconds(1), LIMITS));
  }

  @Test
  void rootServerLeavesTheImageUserAndAConfiguredUserWins() {
    assertEquals(Optional.of("1000:1000"), WorkerUser.resolve(Optional.of(" 1000:1000 ")));
    Optional<String> current = WorkerUser.currentUser();
    Optional<String> resolved = WorkerUser.resolve(Optional.empty());
    if (current.orElseThrow().startsWith("0:")) {
      assertEquals(Optional.empty(), resolved);
    } else {
      assertEquals(current, resolved);
    }
  }
}

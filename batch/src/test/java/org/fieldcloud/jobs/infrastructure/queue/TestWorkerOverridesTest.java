package org.fieldcloud.jobs.infrastructure.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.jobs.infrastructure.runner.WorkerLimits;
import org.junit.jupiter.api.Test;

class TestWorkerOverridesTest {

  @Test
  void readsTheLinesOfTheDescription() {
    var o =
        TestWorkerOverrides.parse(
            "A project.\nfieldcloud-test-image: img:1\n  fieldcloud-test-command: sleep 300 \n"
                + "fieldcloud-test-timeout-seconds: 5\nfieldcloud-test-memory-mb: 128\n");
    assertEquals(Optional.of("img:1"), o.image());
    assertEquals(List.of("sleep", "300"), o.command(List.of("package")));
    assertEquals(Duration.ofSeconds(5), o.timeout(Duration.ofSeconds(600)));
    assertEquals(128, o.limits(WorkerLimits.ofMegabytes(1000, 1)).memoryMegabytes());
  }

  @Test
  void withoutLinesNothingChanges() {
    var o = TestWorkerOverrides.parse("just words");
    assertEquals(List.of("package"), o.command(List.of("package")));
    assertEquals(Duration.ofSeconds(600), o.timeout(Duration.ofSeconds(600)));
    assertEquals(TestWorkerOverrides.NONE, TestWorkerOverrides.parse(null));
  }
}

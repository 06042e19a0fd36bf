package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkerMainTest {

  @Test
  void unknownCommandPrintsUsageAndFailsWithUsageCode() {
    var err = new ByteArrayOutputStream();
    int code =
        WorkerMain.run(
            new String[] {"frobnicate"}, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(WorkerMain.EXIT_USAGE, code);
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("usage: java -jar worker.jar <apply_deltas|package|process_projectfile>"));
  }

  @Test
  void missingCommandIsAUsageError() {
    var err = new ByteArrayOutputStream();
    assertEquals(
        WorkerMain.EXIT_USAGE,
        WorkerMain.run(new String[0], new PrintStream(err, true, StandardCharsets.UTF_8)));
  }
}

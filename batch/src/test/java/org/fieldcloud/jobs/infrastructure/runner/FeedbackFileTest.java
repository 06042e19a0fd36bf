package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackFileTest {

  @TempDir Path io;

  @Test
  void readsTheWorkersFeedbackAsText() throws Exception {
    Files.writeString(io.resolve("feedback.json"), "{\"outputs\": {}}");
    assertEquals("{\"outputs\": {}}", FeedbackFile.read(io, new BoundedOutput(100)));
  }

  @Test
  void noFileIsNoFeedback() {
    assertNull(FeedbackFile.read(io, new BoundedOutput(100)));
  }

  @Test
  void aSymbolicLinkIsNotFollowed(@TempDir Path elsewhere) throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret"), "server secret");
    Files.createSymbolicLink(io.resolve("feedback.json"), secret);
    assertNull(FeedbackFile.read(io, new BoundedOutput(100)));
  }
}

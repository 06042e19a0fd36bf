package org.fieldcloud.jobs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerTextRedactionTest {

  @Test
  void masksEveryOccurrenceInText() {
    var redaction = new WorkerTextRedaction(Set.of("s3cr3t-value"));
    assertEquals(
        "KEY=*** and again ***", redaction.text("KEY=s3cr3t-value and again s3cr3t-value"));
  }

  @Test
  void masksOnlyStringsInJsonSoTheStructureStays() {
    var redaction = new WorkerTextRedaction(Set.of("status-secret"));
    String masked =
        redaction.json(
            "{\"status\": \"ok\", \"steps\": [{\"echo\": \"x status-secret y\", \"n\": 3}],"
                + " \"status-secret\": true}");
    assertEquals(
        "{\"status\":\"ok\",\"steps\":[{\"echo\":\"x *** y\",\"n\":3}],\"***\":true}", masked);
  }

  @Test
  void textThatIsNotJsonIsMaskedAsText() {
    var redaction = new WorkerTextRedaction(Set.of("hunter22"));
    assertEquals("{broken *** ", redaction.json("{broken hunter22 "));
  }

  @Test
  void theLongestValueIsMaskedWhole() {
    var redaction = new WorkerTextRedaction(Set.of("abcd", "abcdefgh"));
    assertEquals("***", redaction.text("abcdefgh"));
  }

  @Test
  void tooShortValuesAreLeftAlone() {
    var redaction = new WorkerTextRedaction(Set.of("1", "ab"));
    assertEquals("1 ab", redaction.text("1 ab"));
    assertTrue(redaction.isEmpty());
  }
}

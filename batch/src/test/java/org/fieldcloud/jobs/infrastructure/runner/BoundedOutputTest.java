package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundedOutputTest {

  @Test
  void keepsEverythingUpToTheLimit() {
    BoundedOutput out = new BoundedOutput(10);
    out.append("abc");
    out.append("defghij");
    assertEquals("abcdefghij", out.text());
    assertEquals(10, out.totalBytes());
  }

  @Test
  void keepsHeadAndTailAndSaysHowMuchWasLeftOut() {
    BoundedOutput out = new BoundedOutput(6);
    out.append("abc");
    out.append("0123456789");
    out.append("xyz");
    assertEquals("abc\n[... 10 bytes of output left out ...]\nxyz", out.text());
    assertEquals(16, out.totalBytes());
  }
}

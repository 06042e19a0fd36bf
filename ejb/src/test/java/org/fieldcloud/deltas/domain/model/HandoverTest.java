package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** At most once: only a delta no worker has had is sent (see {@link Handover}). */
class HandoverTest {

  @Test
  void onlyAPendingDeltaOnAPendingRowIsSent() {
    for (DeltaStatus row : DeltaStatus.values()) {
      for (DeltaStatus delta : DeltaStatus.values()) {
        Handover expected =
            row == DeltaStatus.STARTED
                ? Handover.UNREPORTED
                : row == DeltaStatus.PENDING && delta == DeltaStatus.PENDING
                    ? Handover.SEND
                    : Handover.SKIP;
        assertEquals(expected, Handover.of(row, delta), row + "/" + delta);
      }
    }
  }

  @Test
  void aRetriedJobNeverResendsWhatItsCrashedRunHad() {
    // First run: sent and marked started. The run crashes without reporting; the job is run again.
    assertEquals(Handover.SEND, Handover.of(DeltaStatus.PENDING, DeltaStatus.PENDING));
    assertEquals(Handover.UNREPORTED, Handover.of(DeltaStatus.STARTED, DeltaStatus.STARTED));
    // After recovery marked it error, or another job applied it: never sent again.
    assertEquals(Handover.SKIP, Handover.of(DeltaStatus.ERROR, DeltaStatus.ERROR));
    assertEquals(Handover.SKIP, Handover.of(DeltaStatus.PENDING, DeltaStatus.APPLIED));
  }
}

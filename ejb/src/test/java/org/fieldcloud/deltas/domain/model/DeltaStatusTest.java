package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status tables of jobs.md 2.4 (API strings) and 5.2 (worker results). */
class DeltaStatusTest {

  @ParameterizedTest
  @CsvSource({
    "pending, STATUS_PENDING",
    "started, STATUS_BUSY",
    "applied, STATUS_APPLIED",
    "conflict, STATUS_CONFLICT",
    "not_applied, STATUS_NOT_APPLIED",
    "error, STATUS_ERROR",
    "ignored, STATUS_IGNORED",
    "unpermitted, STATUS_UNPERMITTED",
    "something_else, STATUS_ERROR"
  })
  void storedStatusesShowAsQFieldsStrings(String stored, String api) {
    assertEquals(api, DeltaStatus.apiNameOf(stored));
  }

  @ParameterizedTest
  @CsvSource({
    "status_applied, APPLIED, true",
    "status_conflict, CONFLICT, false",
    "status_apply_failed, NOT_APPLIED, false",
    "status_unknown_error, ERROR, true",
    "whatever, ERROR, true"
  })
  void workerResultsMapOntoDeltaStatuses(String worker, DeltaStatus status, boolean modified) {
    assertEquals(status, DeltaStatus.fromWorker(worker));
    assertEquals(modified, status.mayHaveModifiedData());
  }

  @Test
  void onlyPendingAndStartedAreUnfinished() {
    for (DeltaStatus s : DeltaStatus.values()) {
      assertEquals(s != DeltaStatus.PENDING && s != DeltaStatus.STARTED, s.isFinal(), s.name());
    }
    assertEquals(DeltaStatus.ERROR, DeltaStatus.fromWorker(null));
    assertFalse(DeltaStatus.CONFLICT.mayHaveModifiedData());
    assertTrue(DeltaStatus.APPLIED.mayHaveModifiedData());
  }
}

package org.fieldcloud.jobs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.fieldcloud.jobs.application.WorkerResult.Ending;
import org.junit.jupiter.api.Test;

class JobFeedbackTest {

  private static JobFeedback.Verdict verdict(Ending ending, Integer exit, String feedback) {
    return JobFeedback.of(new WorkerResult(ending, exit, "log", feedback, "what happened"));
  }

  @Test
  void exitZeroWithCleanFeedbackSucceedsAndKeepsIt() {
    var v = verdict(Ending.SUCCEEDED, 0, "{\"feedback_version\":\"2.0\",\"outputs\":{}}");
    assertTrue(v.succeeded());
    assertEquals("2.0", v.feedback().getString("feedback_version"));
    assertEquals(0, v.feedback().getInt("container_exit_code"));
  }

  @Test
  void anErrorInTheFeedbackFailsEvenWithExitZero() {
    var v = verdict(Ending.SUCCEEDED, 0, "{\"error\":\"bad layer\"}");
    assertFalse(v.succeeded());
    assertEquals("container", v.feedback().getString("error_origin"));
    assertEquals("bad layer", v.feedback().getString("error"));
  }

  @Test
  void exitZeroWithoutFeedbackFails() {
    var v = verdict(Ending.SUCCEEDED, 0, null);
    assertFalse(v.succeeded());
    assertEquals("INVALID_FEEDBACK", v.feedback().getString("error_type"));
    assertEquals("worker_wrapper", v.feedback().getString("error_origin"));
  }

  @Test
  void feedbackThatIsNotAnObjectIsKeptAsText() {
    JsonObject f = verdict(Ending.SUCCEEDED, 0, "[1,2]").feedback();
    assertEquals("[1,2]", f.getString("error_feedback"));
  }

  @Test
  void failuresSayWhatHappened() {
    assertEquals(
        "WORKER_FAILED", verdict(Ending.FAILED, 3, null).feedback().getString("error_type"));
    assertEquals(
        "TIMEOUT", verdict(Ending.TIMED_OUT, 137, null).feedback().getString("error_type"));
    assertEquals(
        "OUT_OF_MEMORY",
        verdict(Ending.OUT_OF_MEMORY, 137, null).feedback().getString("error_type"));
    assertEquals(
        "DOCKER_ENGINE_SIGKILL",
        verdict(Ending.FAILED, 137, null).feedback().getString("error_type"));
    JsonObject notStarted = verdict(Ending.COULD_NOT_START, null, null).feedback();
    assertEquals("WORKER_NOT_STARTED", notStarted.getString("error_type"));
    assertEquals(-1, notStarted.getInt("container_exit_code"));
  }

  @Test
  void aFailedWorkerWithFeedbackKeepsItsSteps() {
    var v = verdict(Ending.FAILED, 1, "{\"steps\":[],\"error\":\"x\"}");
    assertFalse(v.succeeded());
    assertEquals(1, v.feedback().getInt("container_exit_code"));
    assertTrue(v.feedback().containsKey("steps"));
  }
}

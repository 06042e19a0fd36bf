package org.fieldcloud.worker.feedback;

import java.util.Map;

/** The state of one step as feedback.json reports it. */
final class StepRecord {

  final String id;
  final String name;
  StepStage stage = StepStage.NOT_STARTED;
  StepResult result;

  StepRecord(String id, String name) {
    this.id = id;
    this.name = name;
  }

  Map<String, Object> returns() {
    return result == null ? Map.of() : result.returns();
  }
}

package org.fieldcloud.worker.feedback;

/** Stage of a workflow step as written in feedback.json (0 not started, 1 running, 2 done). */
public enum StepStage {
  NOT_STARTED(0),
  RUNNING(1),
  DONE(2);

  private final int code;

  StepStage(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

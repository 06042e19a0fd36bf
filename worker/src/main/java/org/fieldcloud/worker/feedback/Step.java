package org.fieldcloud.worker.feedback;

/** One named unit of work of a workflow; {@code id} is the key the server reads outputs by. */
public record Step(String id, String name, Action action) {

  /** The work of a step. It may throw: the workflow stops at the first failure. */
  @FunctionalInterface
  public interface Action {
    StepResult run() throws Exception;
  }
}

package org.fieldcloud.worker;

import java.util.List;
import org.fieldcloud.worker.feedback.Step;
import org.fieldcloud.worker.feedback.UnableToContinueException;
import org.fieldcloud.worker.feedback.Workflow;

/**
 * {@code apply_deltas} until the deltas branch lands its engine: fails with a clear message. The
 * deltas branch replaces this class by its own {@link WorkerCommand} in {@link WorkerMain}.
 */
final class ApplyDeltasPlaceholder implements WorkerCommand {

  @Override
  public String name() {
    return "apply_deltas";
  }

  @Override
  public Workflow workflow(JobContext context) {
    return new Workflow(
        "apply_changes",
        "Apply Changes",
        "3.0",
        List.of(
            new Step(
                "apply_deltas",
                "Apply Deltas",
                () -> {
                  throw new UnableToContinueException(
                      "apply_deltas is not available in this version of the worker");
                })));
  }
}

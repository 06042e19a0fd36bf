package org.fieldcloud.worker.feedback;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * Runs the steps of a workflow in order and records their stages, stopping at the first failure.
 * Each step is framed in the log by the reference's markers ({@code ::<<<::<uuid> <name>} and
 * {@code ::>>>::<uuid> <stage>}) so the job output can be split per step.
 */
public final class WorkflowRunner {

  private final PrintStream log;

  public WorkflowRunner(PrintStream log) {
    this.log = log;
  }

  public Feedback run(Workflow workflow) {
    Feedback feedback = new Feedback(workflow);
    List<Step> steps = workflow.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      StepRecord record = feedback.step(i);
      String marker = UUID.randomUUID().toString();
      log.println("::<<<::" + marker + " " + step.name());
      record.stage = StepStage.RUNNING;
      try {
        StepResult result = step.action().run();
        record.result = result == null ? StepResult.empty() : result;
        record.stage = StepStage.DONE;
        if (record.result.skipReason() != null) {
          log.println("Step \"" + step.name() + "\" skipped: " + record.result.skipReason());
        }
      } catch (Exception | LinkageError failure) {
        log.println("Step \"" + step.name() + "\" failed: " + failure);
        feedback.fail(failure);
      }
      log.println("::>>>::" + marker + " " + record.stage.code());
      if (feedback.failed()) {
        break;
      }
    }
    return feedback;
  }
}

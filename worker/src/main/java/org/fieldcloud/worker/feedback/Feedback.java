package org.fieldcloud.worker.feedback;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldcloud.worker.redaction.Credentials;

/**
 * The content of feedback.json in format version 2.0: the workflow, its steps with their stages and
 * return values, the outputs of completed steps and, on failure, the error.
 */
public final class Feedback {

  public static final String FORMAT_VERSION = "2.0";

  private final Workflow workflow;
  private final List<StepRecord> steps = new ArrayList<>();
  private Throwable failure;

  Feedback(Workflow workflow) {
    this.workflow = workflow;
    for (Step step : workflow.steps()) {
      steps.add(new StepRecord(step.id(), step.name()));
    }
  }

  StepRecord step(int index) {
    return steps.get(index);
  }

  void fail(Throwable failure) {
    this.failure = failure;
  }

  public boolean failed() {
    return failure != null;
  }

  public Throwable failure() {
    return failure;
  }

  /** The result of a completed step, or null. */
  public StepResult result(String stepId) {
    for (StepRecord step : steps) {
      if (step.id.equals(stepId) && step.stage == StepStage.DONE) {
        return step.result;
      }
    }
    return null;
  }

  /** The feedback as plain maps and lists, keys as in the reference format. */
  public Map<String, Object> toMap() {
    Map<String, Object> root = new TreeMap<>();
    root.put("feedback_version", FORMAT_VERSION);
    root.put("workflow_id", workflow.id());
    root.put("workflow_name", workflow.name());
    root.put("workflow_version", workflow.version());
    List<Object> stepList = new ArrayList<>();
    Map<String, Object> outputs = new LinkedHashMap<>();
    for (StepRecord step : steps) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", step.id);
      entry.put("name", step.name);
      entry.put("stage", step.stage.code());
      if (step.stage == StepStage.DONE) {
        entry.put("returns", step.returns());
        if (step.result.skipReason() != null) {
          entry.put("skipped", true);
          entry.put("skip_reason", step.result.skipReason());
        }
        outputs.put(step.id, step.result.outputs());
      }
      stepList.add(entry);
    }
    root.put("steps", stepList);
    root.put("outputs", outputs);
    if (failure != null) {
      // Messages can quote data sources or tool output: no password leaves the worker.
      root.put(
          "error",
          Credentials.strip(
              failure.getMessage() == null ? failure.toString() : failure.getMessage()));
      root.put("error_type", ErrorType.of(failure).name());
      root.put("error_class", failure.getClass().getSimpleName());
      StringWriter stack = new StringWriter();
      failure.printStackTrace(new PrintWriter(stack));
      root.put("error_stack", Credentials.strip(stack.toString()));
    }
    return root;
  }
}

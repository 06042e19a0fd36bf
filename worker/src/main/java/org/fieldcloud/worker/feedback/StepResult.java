package org.fieldcloud.worker.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step hands back: its return values (written under {@code steps[].returns}), its outputs
 * (written under {@code outputs.<step id>}, the part the server stores) and, for a step that did
 * not run its work, the reason it was skipped.
 */
public final class StepResult {

  private final Map<String, Object> returns = new LinkedHashMap<>();
  private final Map<String, Object> outputs = new LinkedHashMap<>();
  private String skipReason;

  public static StepResult empty() {
    return new StepResult();
  }

  /** A step that deliberately did nothing, with a reason a person can act on. */
  public static StepResult skipped(String reason) {
    StepResult result = new StepResult();
    result.skipReason = reason;
    return result;
  }

  public StepResult withReturn(String name, Object value) {
    returns.put(name, value);
    return this;
  }

  public StepResult withOutput(String name, Object value) {
    outputs.put(name, value);
    return this;
  }

  public Map<String, Object> returns() {
    return returns;
  }

  public Map<String, Object> outputs() {
    return outputs;
  }

  public String skipReason() {
    return skipReason;
  }

  public Object returnValue(String name) {
    return returns.get(name);
  }
}

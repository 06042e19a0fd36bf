package org.fieldcloud.worker.feedback;

import java.util.List;

/** A worker command as an ordered list of steps, with the ids and versions of the reference. */
public record Workflow(String id, String name, String version, List<Step> steps) {

  public Workflow {
    steps = List.copyOf(steps);
  }
}

package org.fieldcloud.worker;

import org.fieldcloud.worker.feedback.Workflow;

/** A command of {@code java -jar worker.jar <command>}: its workflow for one job. */
public interface WorkerCommand {

  /** The name on the command line, e.g. {@code process_projectfile}. */
  String name();

  /** Whether the command needs {@code JOB_ID} when talking to the API. */
  default boolean needsJobId() {
    return false;
  }

  Workflow workflow(JobContext context);
}

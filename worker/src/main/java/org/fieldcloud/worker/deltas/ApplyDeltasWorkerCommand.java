package org.fieldcloud.worker.deltas;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.fieldcloud.worker.JobContext;
import org.fieldcloud.worker.WorkerCommand;
import org.fieldcloud.worker.api.ProjectUploader;
import org.fieldcloud.worker.feedback.Step;
import org.fieldcloud.worker.feedback.StepResult;
import org.fieldcloud.worker.feedback.Workflow;

/**
 * {@code apply_deltas} in the shared worker framework: workflow {@code apply_changes} 3.0 with the
 * reference's steps (jobs.md §6.5). The deltafile is {@code <io>/deltafile.json}; conflicts are
 * overwritten when {@code FIELDCLOUD_OVERWRITE_CONFLICTS} is {@code true} or {@code 1} (the job
 * runner sets it from the job's {@code overwrite_conflicts}; the reference passes {@code
 * --overwrite-conflicts}, which WorkerMain does not forward to commands). Changed data files are
 * uploaded as new versions by {@code upload_project_directory}; local runs keep them in place.
 */
public final class ApplyDeltasWorkerCommand implements WorkerCommand {

  static final String OVERWRITE_ENV = "FIELDCLOUD_OVERWRITE_CONFLICTS";

  private final Map<String, String> processEnv;

  public ApplyDeltasWorkerCommand() {
    this(System.getenv());
  }

  ApplyDeltasWorkerCommand(Map<String, String> processEnv) {
    this.processEnv = processEnv;
  }

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
        context.qgisSteps(
            new Step("apply_deltas", "Apply Deltas", () -> applyDeltas(context)),
            JobContext.stopQgisStep(),
            new Step(
                "upload_project_directory", "Upload Project Directory", () -> upload(context))));
  }

  private StepResult applyDeltas(JobContext context) throws Exception {
    String flag = processEnv.getOrDefault(OVERWRITE_ENV, "");
    boolean overwrite = flag.equalsIgnoreCase("true") || flag.equals("1");
    Map<String, String> env = new HashMap<>(processEnv);
    env.putAll(context.toolEnvironment()); // PGSERVICEFILE of the job's secrets, if any
    Path deltafile = context.env().ioDir().resolve("deltafile.json");
    PrintStream log = context.log();
    log.println("apply_deltas: " + deltafile + ", overwrite_conflicts=" + overwrite);
    var feedback =
        ApplyDeltasCommand.deltaFeedback(deltafile, context.projectFile(), overwrite, env, log);
    return StepResult.empty()
        .withReturn("delta_feedback", feedback)
        .withOutput("delta_feedback", feedback);
  }

  private static StepResult upload(JobContext context) throws Exception {
    if (context.api().isEmpty()) {
      return StepResult.skipped("local run: the changed files stay in " + context.projectDir());
    }
    new ProjectUploader(context.api().get(), context.log())
        .upload(context.env().projectId(), context.projectDir());
    return StepResult.empty();
  }
}

package org.fieldcloud.worker.deltas;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.fieldcloud.worker.deltas.apply.ApplyOptions;
import org.fieldcloud.worker.deltas.apply.ApplyRun;
import org.fieldcloud.worker.deltas.apply.DeltaApplier;
import org.fieldcloud.worker.deltas.apply.DeltaFeedback;
import org.fieldcloud.worker.deltas.apply.DeltaStatus;
import org.fieldcloud.worker.deltas.deltafile.DeltaFile;
import org.fieldcloud.worker.deltas.deltafile.DeltaFileReader;
import org.fieldcloud.worker.deltas.deltafile.InvalidDeltaFileException;
import org.fieldcloud.worker.deltas.feedback.WorkflowFeedback;
import org.fieldcloud.worker.deltas.project.InvalidProjectFileException;
import org.fieldcloud.worker.deltas.project.ProjectLayers;

/**
 * {@code java -jar worker.jar apply_deltas <project_id> <project_file> [--overwrite-conflicts]
 * [--delta-file PATH] [--project-dir DIR] [--feedback PATH]}, the reference CLI plus two options
 * for running on a local copy. The project file is resolved against the project directory ({@code
 * --project-dir}, else {@code FIELDCLOUD_PROJECT_DIR}, else {@code /io/files}); the deltafile
 * defaults to {@code /io/deltafile.json}, the feedback to {@code /io/feedback.json}. Exit code 0
 * when the deltafile was processed (whatever each delta's status), 1 when the run could not process
 * it, 2 for a usage error.
 */
public final class ApplyDeltasCommand {

  static final String WORKFLOW_ID = "apply_changes";
  static final String STEP_ID = "apply_deltas";

  private ApplyDeltasCommand() {}

  /** Entry point from WorkerMain; {@code args} excludes the command name. */
  public static int run(String[] args, PrintStream err) {
    return run(args, System.getenv(), err);
  }

  static int run(String[] args, Map<String, String> env, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(
          "usage: java -jar worker.jar apply_deltas <project_id> <project_file>"
              + " [--overwrite-conflicts] [--delta-file PATH] [--project-dir DIR]"
              + " [--feedback PATH]");
      return 2;
    }
    WorkflowFeedback feedback = new WorkflowFeedback(WORKFLOW_ID, "Apply Changes", "3.0");
    int exit;
    try {
      JsonArray list =
          deltaFeedback(a.deltaFile(), a.projectFile(), a.overwriteConflicts(), env, err);
      feedback.stepDone(
          STEP_ID,
          "Apply Deltas",
          Json.createObjectBuilder().add("delta_feedback", list).build(),
          Json.createObjectBuilder().add("delta_feedback", list).build());
      exit = 0;
    } catch (InvalidDeltaFileException e) {
      feedback.stepFailed(STEP_ID, "Apply Deltas");
      feedback.error("UNKNOWN", e);
      err.println("apply_deltas: invalid deltafile: " + e.getMessage());
      exit = 1;
    } catch (InvalidProjectFileException e) {
      feedback.stepFailed(STEP_ID, "Apply Deltas");
      feedback.error(
          e.getMessage().contains("does not exist") ? "FILE_NOT_FOUND" : "INVALID_PROJECT_FILE", e);
      err.println("apply_deltas: " + e.getMessage());
      exit = 1;
    } catch (IOException | RuntimeException e) {
      feedback.stepFailed(STEP_ID, "Apply Deltas");
      feedback.error(
          e instanceof java.nio.file.NoSuchFileException ? "FILE_NOT_FOUND" : "UNKNOWN", e);
      err.println("apply_deltas: " + e);
      exit = 1;
    }
    try {
      feedback.write(a.feedbackFile());
    } catch (IOException e) {
      err.println("apply_deltas: cannot write " + a.feedbackFile() + ": " + e.getMessage());
      return 1;
    }
    return exit;
  }

  /**
   * The {@code apply_deltas} step for any workflow runner: reads the deltafile and the project,
   * applies, commits, and returns the {@code delta_feedback} output. The shared worker framework
   * can call this from its own step (with its pg_service file as {@code PGSERVICEFILE} in {@code
   * env}).
   *
   * @throws InvalidDeltaFileException the deltafile as a whole is unusable
   * @throws InvalidProjectFileException the project file is missing or not XML
   */
  public static JsonArray deltaFeedback(
      Path deltaFilePath,
      Path projectFile,
      boolean overwriteConflicts,
      Map<String, String> env,
      PrintStream log)
      throws IOException, InvalidDeltaFileException, InvalidProjectFileException {
    DeltaFile deltaFile = new DeltaFileReader().read(deltaFilePath);
    ProjectLayers project = ProjectLayers.read(projectFile);
    ApplyRun run =
        new DeltaApplier(new ApplyOptions(overwriteConflicts, env), f -> logDelta(log, f))
            .apply(deltaFile, project);
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (DeltaFeedback f : run.feedback()) {
      items.add(f.toJson());
    }
    log.println(
        "apply_deltas: "
            + run.feedback().stream().filter(f -> f.status() == DeltaStatus.APPLIED).count()
            + " of "
            + run.feedback().size()
            + " deltas applied and committed");
    return items.build();
  }

  private static void logDelta(PrintStream err, DeltaFeedback f) {
    err.println(
        "delta "
            + f.deltaIndex()
            + " "
            + f.deltaId()
            + ": "
            + f.status().wireName()
            + (f.status() == DeltaStatus.APPLIED ? "" : " - " + f.msg()));
  }

  record Arguments(
      String projectId,
      Path projectFile,
      boolean overwriteConflicts,
      Path deltaFile,
      Path feedbackFile) {

    static Arguments parse(String[] args, Map<String, String> env) {
      java.util.List<String> positional = new java.util.ArrayList<>();
      boolean overwrite = false;
      String deltaFile = "/io/deltafile.json";
      String projectDir = env.getOrDefault("FIELDCLOUD_PROJECT_DIR", "/io/files");
      String feedbackFile = "/io/feedback.json";
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--overwrite-conflicts" -> overwrite = true;
          case "--delta-file" -> deltaFile = value(args, ++i, "--delta-file");
          case "--project-dir" -> projectDir = value(args, ++i, "--project-dir");
          case "--feedback" -> feedbackFile = value(args, ++i, "--feedback");
          case "--inverse" ->
              throw new IllegalArgumentException(
                  "--inverse is not supported (the reference implementation is broken and"
                      + " unused)");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            positional.add(args[i]);
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("expected <project_id> <project_file>");
      }
      Path pf = Path.of(positional.get(1));
      Path projectFile = pf.isAbsolute() ? pf : Path.of(projectDir).resolve(pf);
      return new Arguments(
          positional.get(0), projectFile, overwrite, Path.of(deltaFile), Path.of(feedbackFile));
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}

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
import org.fieldcloud.worker.deltas.project.InvalidProjectFileException;
import org.fieldcloud.worker.deltas.project.ProjectLayers;

/**
 * The body of the {@code apply_deltas} step: deltafile and project in, {@code delta_feedback} out,
 * every data source committed. {@link ApplyDeltasWorkerCommand} runs it inside the worker's
 * workflow (download, apply, upload, feedback.json).
 */
public final class ApplyDeltasCommand {

  private ApplyDeltasCommand() {}

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
}

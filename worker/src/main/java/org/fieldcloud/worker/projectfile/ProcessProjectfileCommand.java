package org.fieldcloud.worker.projectfile;

import java.nio.file.Path;
import java.time.Duration;
import org.fieldcloud.worker.JobContext;
import org.fieldcloud.worker.WorkerCommand;
import org.fieldcloud.worker.feedback.Step;
import org.fieldcloud.worker.feedback.StepResult;
import org.fieldcloud.worker.feedback.UnableToContinueException;
import org.fieldcloud.worker.feedback.Workflow;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisProjectFile;

/**
 * {@code process_projectfile}: reads the project, reports its layers, CRS and extent as {@code
 * project_details}, renders the thumbnail with QGIS and uploads it. Step ids, names and output
 * names are the reference's (jobs.md §6.4), because the server reads them.
 */
public final class ProcessProjectfileCommand implements WorkerCommand {

  static final Duration QGIS_TIMEOUT = Duration.ofMinutes(3);

  @Override
  public String name() {
    return "process_projectfile";
  }

  @Override
  public Workflow workflow(JobContext context) {
    Run run = new Run(context);
    return new Workflow(
        "process_projectfile",
        "Process Projectfile",
        "2.0",
        context.qgisSteps(
            new Step("project_validity_check", "Project Validity Check", run::validityCheck),
            new Step("opening_check", "Opening Check", run::openingCheck),
            new Step("project_details", "Project Details", run::projectDetails),
            new Step("generate_thumbnail_image", "Generate Thumbnail Image", run::thumbnail),
            new Step("upload_thumbnail", "Upload Thumbnail", run::uploadThumbnail),
            JobContext.stopQgisStep()));
  }

  /** The state one run carries from step to step. */
  private static final class Run {

    private final JobContext context;
    private QgisProjectFile project;
    private QgisProbe.Report qgisReport;
    private ProjectDetails details;
    private Path thumbnail;

    Run(JobContext context) {
      this.context = context;
    }

    StepResult validityCheck() throws Exception {
      project = QgisProjectFile.read(context.projectFile());
      return StepResult.empty();
    }

    /** QGIS opens the project once: layer validity and the thumbnail come from that run. */
    StepResult openingCheck() throws Exception {
      if (!context.qgis().available()) {
        return StepResult.skipped(context.qgis().unavailableReason().orElseThrow());
      }
      Path png = context.workDir().resolve("thumbnail.png");
      qgisReport =
          new QgisProbe(context.qgis(), QGIS_TIMEOUT, context.toolEnvironment())
              .probe(project.file(), png, context.workDir().resolve("qgis"));
      if (!qgisReport.readOk()) {
        throw new UnableToContinueException(
            "Unable to open project with QGIS file: " + project.file().getFileName());
      }
      return StepResult.empty();
    }

    StepResult projectDetails() throws Exception {
      details =
          new ProjectDetailsReader(new LayerDetailsCollector(new FileLayerChecker(context.gdal())))
              .read(project, qgisReport);
      context.log().println(LayerSummary.table(details.layersById()));
      return StepResult.empty().withOutput("project_details", details.values());
    }

    StepResult thumbnail() throws Exception {
      if (!context.qgis().available()) {
        return StepResult.skipped(context.qgis().unavailableReason().orElseThrow())
            .withReturn("thumbnail_filename", null);
      }
      if (qgisReport.thumbnailError() != null) {
        throw new IllegalStateException(
            "Failed to generate project thumbnail:\n" + qgisReport.thumbnailError());
      }
      if (!details.hasUsableExtent() || qgisReport.thumbnail() == null) {
        context.log().println("No thumbnail: the project extent cannot be determined.");
        return StepResult.empty().withReturn("thumbnail_filename", null);
      }
      thumbnail = qgisReport.thumbnail();
      return StepResult.empty().withReturn("thumbnail_filename", thumbnail.toString());
    }

    StepResult uploadThumbnail() throws Exception {
      if (thumbnail == null) {
        return StepResult.empty();
      }
      if (context.api().isEmpty()) {
        return StepResult.skipped("local run: the thumbnail stays at " + thumbnail);
      }
      context.api().get().uploadThumbnail(context.env().projectId(), thumbnail);
      return StepResult.empty();
    }
  }
}

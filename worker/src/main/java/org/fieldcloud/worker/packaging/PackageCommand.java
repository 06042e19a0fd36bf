package org.fieldcloud.worker.packaging;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.JobContext;
import org.fieldcloud.worker.WorkerCommand;
import org.fieldcloud.worker.api.PackageUploader;
import org.fieldcloud.worker.feedback.Step;
import org.fieldcloud.worker.feedback.StepResult;
import org.fieldcloud.worker.feedback.UnableToContinueException;
import org.fieldcloud.worker.feedback.Workflow;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.projectfile.FileLayerChecker;
import org.fieldcloud.worker.projectfile.LayerDetailsCollector;
import org.fieldcloud.worker.projectfile.LayerSummary;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisProjectFile;

/**
 * {@code package}: builds the offline package for QField and uploads every file of it as package
 * files of the job. Step ids and output names are the reference's (jobs.md §6.3): the server reads
 * {@code outputs.qgis_layers_data.layers_by_id}.
 */
public final class PackageCommand implements WorkerCommand {

  private static final Duration QGIS_TIMEOUT = Duration.ofMinutes(3);

  @Override
  public String name() {
    return "package";
  }

  @Override
  public boolean needsJobId() {
    return true;
  }

  @Override
  public Workflow workflow(JobContext context) {
    Run run = new Run(context);
    return new Workflow(
        "package_project",
        "Package Project",
        "2.0",
        context.qgisSteps(
            new Step("qgis_layers_data", "QGIS Layers Data", run::originalLayers),
            new Step("package_project", "Package Project", run::packageProject),
            new Step("qfield_layer_data", "Packaged Layers Data", run::packagedLayers),
            JobContext.stopQgisStep(),
            new Step("upload_packaged_project", "Upload Packaged Project", run::upload)));
  }

  /** The export folder of a run: {@code <work dir>/export}. */
  public static Path exportDir(JobContext context) {
    return context.workDir().resolve("export");
  }

  private static final class Run {

    private final JobContext context;
    private QgisProjectFile project;
    private Map<String, Map<String, Object>> originalLayers;
    private PackageResult result;

    Run(JobContext context) {
      this.context = context;
    }

    StepResult originalLayers() throws Exception {
      project = QgisProjectFile.read(context.projectFile());
      originalLayers = layersOf(project);
      return StepResult.empty().withOutput("layers_by_id", originalLayers);
    }

    StepResult packageProject() throws Exception {
      Gdal gdal =
          context
              .gdal()
              .orElseThrow(
                  () ->
                      new UnableToContinueException(
                          "GDAL (ogr2ogr) is required to package a project and was not found"));
      result =
          new PackageBuilder(gdal, context.log())
              .build(project, originalLayers, exportDir(context));
      return StepResult.empty()
          .withReturn("qfield_project_filename", result.projectFile().toString())
          .withReturn("files", result.files());
    }

    StepResult packagedLayers() throws Exception {
      Map<String, Map<String, Object>> packaged =
          layersOf(QgisProjectFile.read(result.projectFile()));
      return StepResult.empty().withOutput("layers_by_id", packaged);
    }

    StepResult upload() throws Exception {
      if (context.api().isEmpty()) {
        return StepResult.skipped("local run: the package stays in " + exportDir(context));
      }
      List<String> uploaded =
          new PackageUploader(context.api().get(), context.log())
              .upload(context.env().projectId(), context.env().jobId(), exportDir(context));
      return StepResult.empty().withReturn("files", uploaded);
    }

    private Map<String, Map<String, Object>> layersOf(QgisProjectFile file) throws IOException {
      QgisProbe.Report report = null;
      if (context.qgis().available()) {
        report =
            new QgisProbe(context.qgis(), QGIS_TIMEOUT, context.toolEnvironment())
                .probe(file.file(), null, context.workDir().resolve("qgis"));
      }
      Map<String, Map<String, Object>> layers =
          new LayerDetailsCollector(new FileLayerChecker(context.gdal()))
              .collect(file.xml().layers(), file.directory(), report);
      context.log().println(LayerSummary.table(layers));
      return layers;
    }
  }
}

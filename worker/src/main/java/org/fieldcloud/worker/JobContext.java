package org.fieldcloud.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.fieldcloud.worker.api.FieldCloudApiClient;
import org.fieldcloud.worker.api.ProjectDownloader;
import org.fieldcloud.worker.feedback.Step;
import org.fieldcloud.worker.feedback.StepResult;
import org.fieldcloud.worker.feedback.UnableToContinueException;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.qgis.QgisRuntime;

/**
 * What every command works with: the environment, the log, the work folder, the API client (absent
 * in local runs), GDAL and QGIS as found on this machine. Also the steps all commands share.
 */
public final class JobContext {

  private final WorkerEnvironment env;
  private final PrintStream log;
  private final Path workDir;
  private final FieldCloudApiClient api;
  private final Optional<Gdal> gdal;
  private final Map<String, String> toolEnvironment;
  private QgisRuntime qgis;
  private Path projectDir;
  private Path projectFile;

  public JobContext(WorkerEnvironment env, PrintStream log, Path workDir) throws IOException {
    this.env = env;
    this.log = log;
    this.workDir = workDir;
    this.api =
        env.isLocal()
            ? null
            : new FieldCloudApiClient(env.apiUrl(), env.token(), Duration.ofMinutes(10));
    this.toolEnvironment = toolEnvironment(env, workDir);
    this.gdal = Gdal.find().map(tools -> tools.withEnvironment(toolEnvironment));
  }

  /**
   * Variables for QGIS and GDAL: PostgreSQL services from the project's secrets are written to a
   * private pg_service.conf in the work folder (never to the user's home: in a process runner the
   * home belongs to the server).
   */
  private static Map<String, String> toolEnvironment(WorkerEnvironment env, Path workDir)
      throws IOException {
    if (env.pgServiceFileContents() == null) {
      return Map.of();
    }
    Path serviceFile = workDir.resolve("pg_service.conf");
    Files.deleteIfExists(serviceFile);
    Files.createFile(serviceFile);
    try {
      Files.setPosixFilePermissions(serviceFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // the file is in the private work folder anyway
    }
    Files.writeString(serviceFile, env.pgServiceFileContents() + "\n");
    return Map.of("PGSERVICEFILE", serviceFile.toString());
  }

  /** Extra environment for QGIS and GDAL processes. */
  public Map<String, String> toolEnvironment() {
    return toolEnvironment;
  }

  public WorkerEnvironment env() {
    return env;
  }

  public PrintStream log() {
    return log;
  }

  public Path workDir() {
    return workDir;
  }

  /** The API client; empty in local runs. */
  public Optional<FieldCloudApiClient> api() {
    return Optional.ofNullable(api);
  }

  public Optional<Gdal> gdal() {
    return gdal;
  }

  public QgisRuntime qgis() {
    return qgis;
  }

  public Path projectDir() {
    return projectDir;
  }

  public Path projectFile() {
    return projectFile;
  }

  /**
   * The steps of a QGIS command: the two every one opens with, as QFieldCloud's workflows name them
   * (start QGIS, fetch the project), then the command's own.
   */
  public List<Step> qgisSteps(Step... commandSteps) {
    return Stream.concat(
            Stream.of(
                new Step("start_qgis_app", "Start QGIS Application", this::startQgis),
                new Step(
                    "download_project_directory",
                    "Download Project Directory",
                    this::downloadProject)),
            Stream.of(commandSteps))
        .toList();
  }

  /** The step QFieldCloud's workflows close QGIS with; nothing to do here, reported for parity. */
  public static Step stopQgisStep() {
    return new Step("stop_qgis_app", "Stop QGIS Application", StepResult::empty);
  }

  /** Step {@code start_qgis_app}: finds PyQGIS; without it the QGIS-only steps are skipped. */
  public StepResult startQgis() {
    qgis = QgisRuntime.detect(env.qgisPython());
    if (!qgis.available()) {
      return StepResult.skipped(qgis.unavailableReason().orElseThrow())
          .withReturn("qgis_version", null);
    }
    log.println("QGIS " + qgis.version() + " found at " + qgis.python());
    return StepResult.empty().withReturn("qgis_version", qgis.version());
  }

  /** Step {@code download_project_directory}: the project files, without attachments. */
  public StepResult downloadProject() throws IOException, UnableToContinueException {
    if (env.isLocal()) {
      projectDir = env.localProjectDir().toAbsolutePath().normalize();
      if (!Files.isDirectory(projectDir)) {
        throw new UnableToContinueException("project folder " + projectDir + " does not exist");
      }
    } else {
      projectDir = workDir.resolve("files");
      Files.createDirectories(projectDir);
      new ProjectDownloader(api, log).download(env.projectId(), projectDir);
    }
    String qgisFileName = env.qgisFileName();
    if (qgisFileName == null && api != null) {
      qgisFileName = api.qgisFileName(env.projectId());
    }
    if (qgisFileName == null) {
      qgisFileName = findSingleProjectFile(projectDir);
    }
    projectFile = projectDir.resolve(qgisFileName).normalize();
    return StepResult.empty()
        .withReturn("tmp_project_dir", projectDir.toString())
        .withReturn("qgis_file_name", qgisFileName);
  }

  private static String findSingleProjectFile(Path dir)
      throws IOException, UnableToContinueException {
    List<Path> candidates;
    try (Stream<Path> files = Files.list(dir)) {
      candidates =
          files
              .filter(
                  file -> {
                    String name = file.getFileName().toString().toLowerCase();
                    return name.endsWith(".qgs") || name.endsWith(".qgz");
                  })
              .toList();
    }
    if (candidates.size() != 1) {
      throw new UnableToContinueException(
          "expected exactly one .qgs/.qgz file in the project, found " + candidates.size());
    }
    return candidates.get(0).getFileName().toString();
  }
}

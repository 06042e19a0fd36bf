package org.fieldcloud.worker;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one worker run, read from the environment the job runner sets (jobs.md §5.5)
 * plus FieldCloud's own keys. Positional arguments after the command ({@code <project id> <qgis
 * file name>}, as the reference passes them) override the environment.
 *
 * <ul>
 *   <li>{@code QFIELDCLOUD_URL}: API base URL, e.g. {@code http://127.0.0.1:8080/api/v1/}
 *   <li>{@code QFIELDCLOUD_TOKEN}: the temporary worker token (never logged)
 *   <li>{@code JOB_ID}: the job; package files are uploaded under it
 *   <li>{@code PROJECT_ID}, {@code QGIS_FILE_NAME}: the project and its QGIS file
 *   <li>{@code FIELDCLOUD_IO_DIR}: where feedback.json goes (default {@code /io})
 *   <li>{@code FIELDCLOUD_WORK_DIR}: scratch folder (default: a new temporary folder, removed)
 *   <li>{@code FIELDCLOUD_PROJECT_DIR}: read the project from this local folder instead of the API;
 *       nothing is uploaded (local runs and tests)
 *   <li>{@code FIELDCLOUD_QGIS_PYTHON}: the Python with PyQGIS (default {@code /usr/bin/python3})
 *   <li>{@code PGSERVICE_FILE_CONTENTS}: pg_service.conf text from the project's secrets
 * </ul>
 */
public record WorkerEnvironment(
    URI apiUrl,
    String token,
    String projectId,
    String jobId,
    String qgisFileName,
    Path ioDir,
    Path workDir,
    Path localProjectDir,
    Path qgisPython,
    String pgServiceFileContents) {

  public static WorkerEnvironment from(Map<String, String> env, List<String> positional) {
    String url = blankToNull(env.get("QFIELDCLOUD_URL"));
    String projectId = positional.size() > 0 ? positional.get(0) : env.get("PROJECT_ID");
    String qgisFile = positional.size() > 1 ? positional.get(1) : env.get("QGIS_FILE_NAME");
    return new WorkerEnvironment(
        url == null ? null : URI.create(url),
        blankToNull(env.get("QFIELDCLOUD_TOKEN")),
        blankToNull(projectId),
        blankToNull(env.get("JOB_ID")),
        blankToNull(qgisFile),
        Path.of(env.getOrDefault("FIELDCLOUD_IO_DIR", "/io")),
        pathOrNull(env.get("FIELDCLOUD_WORK_DIR")),
        pathOrNull(env.get("FIELDCLOUD_PROJECT_DIR")),
        Path.of(env.getOrDefault("FIELDCLOUD_QGIS_PYTHON", "/usr/bin/python3")),
        blankToNull(env.get("PGSERVICE_FILE_CONTENTS")));
  }

  /** True when the project comes from a local folder and nothing talks to the API. */
  public boolean isLocal() {
    return localProjectDir != null;
  }

  /** What is missing for a run against the API, or null when complete. */
  public String missingForApi(boolean needsJob) {
    if (isLocal()) {
      return null;
    }
    if (apiUrl == null) {
      return "QFIELDCLOUD_URL is not set";
    }
    if (token == null) {
      return "QFIELDCLOUD_TOKEN is not set";
    }
    if (projectId == null) {
      return "PROJECT_ID is not set";
    }
    if (needsJob && jobId == null) {
      return "JOB_ID is not set";
    }
    return null;
  }

  /** A description for the log: everything but the token. */
  public String describe() {
    return "project="
        + projectId
        + " job="
        + jobId
        + " qgis_file="
        + qgisFileName
        + (isLocal() ? " local_project_dir=" + localProjectDir : " api=" + apiUrl)
        + " io_dir="
        + ioDir;
  }

  @Override
  public String toString() {
    return "WorkerEnvironment[" + describe() + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Path pathOrNull(String value) {
    return value == null || value.isBlank() ? null : Path.of(value);
  }
}

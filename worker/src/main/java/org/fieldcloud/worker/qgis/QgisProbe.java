package org.fieldcloud.worker.qgis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldcloud.worker.external.ExternalCommand;

/**
 * Runs the PyQGIS helper {@code qgis_project_probe.py} on a project: QGIS's own view of every layer
 * (validity, provider errors, WKB type) and, on request, the thumbnail. The helper ships inside
 * worker.jar and is written to a temporary file for each run.
 */
public final class QgisProbe {

  static final String SCRIPT = "qgis_project_probe.py";

  private final QgisRuntime runtime;
  private final Duration timeout;
  private final Map<String, String> environment;

  public QgisProbe(QgisRuntime runtime, Duration timeout) {
    this(runtime, timeout, Map.of());
  }

  /**
   * @param environment extra variables for QGIS, e.g. {@code PGSERVICEFILE}
   */
  public QgisProbe(QgisRuntime runtime, Duration timeout, Map<String, String> environment) {
    this.runtime = runtime;
    this.timeout = timeout;
    this.environment = Map.copyOf(environment);
  }

  /**
   * @param thumbnail where to write the PNG, or null for no thumbnail
   */
  public Report probe(Path projectFile, Path thumbnail, Path scratchDir) throws IOException {
    if (!runtime.available()) {
      throw new IllegalStateException(runtime.unavailableReason().orElseThrow());
    }
    Files.createDirectories(scratchDir);
    Path script = extractScript(scratchDir);
    Path output = scratchDir.resolve("qgis-probe-" + System.nanoTime() + ".json");
    Path profile = Files.createTempDirectory(scratchDir, "qgis-profile-");
    ExternalCommand command =
        ExternalCommand.of(
                runtime.python().toString(),
                script.toString(),
                projectFile.toAbsolutePath().toString(),
                output.toString())
            .envAll(environment)
            .env("QT_QPA_PLATFORM", "offscreen")
            .env("QGIS_CUSTOM_CONFIG_PATH", profile.toString())
            .env("XDG_RUNTIME_DIR", profile.toString())
            .timeout(timeout);
    if (thumbnail != null) {
      command.arg("--thumbnail").arg(thumbnail.toAbsolutePath().toString());
    }
    ExternalCommand.Result result = command.run();
    if (!result.succeeded() || !Files.isRegularFile(output)) {
      throw new IOException("QGIS could not open the project: " + result.errorSummary());
    }
    try (InputStream in = Files.newInputStream(output);
        JsonReader reader = Json.createReader(in)) {
      return new Report(reader.readObject());
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Path extractScript(Path scratchDir) throws IOException {
    Path script = scratchDir.resolve(SCRIPT);
    if (!Files.exists(script)) {
      try (InputStream in = QgisProbe.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IOException(SCRIPT + " is missing from worker.jar");
        }
        Files.copy(in, script);
      }
    }
    return script;
  }

  /** What the helper reported. */
  public static final class Report {

    private final JsonObject json;
    private final Map<String, JsonObject> layersById = new LinkedHashMap<>();

    Report(JsonObject json) {
      this.json = json;
      for (JsonValue layer : json.getJsonArray("layers")) {
        JsonObject object = layer.asJsonObject();
        layersById.put(object.getString("id"), object);
      }
    }

    public String qgisVersion() {
      return json.getString("qgis_version", null);
    }

    public boolean readOk() {
      return json.getBoolean("read_ok", false);
    }

    /** QGIS's report of each layer, keyed by layer id, in QGIS's map-layer order. */
    public Map<String, JsonObject> layersById() {
      return layersById;
    }

    /** The thumbnail written, or null if there was nothing to render. */
    public Path thumbnail() {
      return json.isNull("thumbnail") ? null : Path.of(json.getString("thumbnail"));
    }

    public String thumbnailError() {
      return json.getString("thumbnail_error", null);
    }
  }
}

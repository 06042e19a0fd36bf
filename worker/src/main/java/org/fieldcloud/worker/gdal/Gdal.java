package org.fieldcloud.worker.gdal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.worker.external.ExternalCommand;
import org.fieldcloud.worker.redaction.Credentials;

/**
 * The GDAL command line tools from Debian ({@code ogrinfo}, {@code gdalinfo}, {@code ogr2ogr}).
 * There are no GDAL Java bindings in Debian 12, so the worker runs the tools.
 */
public final class Gdal {

  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CONVERT_TIMEOUT = Duration.ofMinutes(10);

  private final Path binDir;
  private final Map<String, String> environment;

  private Gdal(Path binDir, Map<String, String> environment) {
    this.binDir = binDir;
    this.environment = Map.copyOf(environment);
  }

  /** The same tools run with extra environment variables (e.g. {@code PGSERVICEFILE}). */
  public Gdal withEnvironment(Map<String, String> variables) {
    return new Gdal(binDir, variables);
  }

  /** GDAL from the PATH, if {@code ogrinfo} is found there. */
  public static Optional<Gdal> find() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "ogrinfo"))) {
        return Optional.of(new Gdal(Path.of(dir), Map.of()));
      }
    }
    return Optional.empty();
  }

  private String tool(String name) {
    return binDir.resolve(name).toString();
  }

  /** Opens a vector dataset read-only; the error GDAL gives, or empty when it opens. */
  public Optional<String> checkVector(Path file, String layerName) throws IOException {
    ExternalCommand command =
        ExternalCommand.of(tool("ogrinfo"), "-ro", "-so", "-q", file.toString())
            .envAll(environment)
            .timeout(CHECK_TIMEOUT);
    if (layerName != null && !layerName.isEmpty()) {
      command.arg(layerName);
    }
    ExternalCommand.Result result = command.run();
    return result.succeeded() ? Optional.empty() : Optional.of(result.errorSummary());
  }

  /** Opens a raster dataset; the error GDAL gives, or empty when it opens. */
  public Optional<String> checkRaster(Path file) throws IOException {
    ExternalCommand.Result result =
        ExternalCommand.of(tool("gdalinfo"), "-nomd", "-noct", file.toString())
            .envAll(environment)
            .timeout(CHECK_TIMEOUT)
            .run();
    return result.succeeded() ? Optional.empty() : Optional.of(result.errorSummary());
  }

  /**
   * Copies one layer into a GeoPackage table (created or appended to the file). The FID column is
   * {@code fid} and source FIDs are kept where the source has them, so edits made offline can be
   * matched back to the source features.
   *
   * @param geometryType an ogr2ogr {@code -nlt} value, or null to keep the source type
   * @param where the layer's filter (QGIS subset string), or empty to copy every feature
   */
  public void copyToGeoPackage(
      String source,
      String sourceLayer,
      String where,
      Path geoPackage,
      String table,
      String geometryType)
      throws IOException {
    List<String> args = new ArrayList<>();
    args.add(tool("ogr2ogr"));
    args.add("-f");
    args.add("GPKG");
    if (Files.exists(geoPackage)) {
      args.add("-update");
    }
    // -overwrite replaces only this table, also after a failed first attempt below.
    args.add("-overwrite");
    args.addAll(List.of("-nln", table, "-lco", "FID=fid", "-lco", "GEOMETRY_NAME=geom"));
    args.add("-preserve_fid");
    if (where != null && !where.isBlank()) {
      args.addAll(List.of("-where", where));
    }
    if (geometryType != null) {
      args.addAll(List.of("-nlt", geometryType));
    }
    args.add(geoPackage.toString());
    args.add(source);
    if (sourceLayer != null && !sourceLayer.isEmpty()) {
      args.add(sourceLayer);
    }
    ExternalCommand command =
        ExternalCommand.of(args.get(0), args.subList(1, args.size()).toArray(String[]::new))
            .envAll(environment)
            .timeout(CONVERT_TIMEOUT);
    ExternalCommand.Result result = command.run();
    if (!result.succeeded()) {
      if (args.contains("-preserve_fid")) {
        // Sources without stable FIDs (or with an "fid" field GDAL cannot reuse) are copied with
        // new FIDs instead of failing the whole package.
        args.remove("-preserve_fid");
        result =
            ExternalCommand.of(args.get(0), args.subList(1, args.size()).toArray(String[]::new))
                .envAll(environment)
                .timeout(CONVERT_TIMEOUT)
                .run();
      }
      if (!result.succeeded()) {
        throw new IOException(
            "ogr2ogr could not copy layer \""
                + table
                + "\": "
                + Credentials.strip(result.errorSummary()));
      }
    }
  }
}

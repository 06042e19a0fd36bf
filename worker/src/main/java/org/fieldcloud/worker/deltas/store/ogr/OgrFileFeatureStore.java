package org.fieldcloud.worker.deltas.store.ogr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;
import org.fieldcloud.worker.deltas.store.Column;
import org.fieldcloud.worker.deltas.store.DuplicateFeatureException;
import org.fieldcloud.worker.deltas.store.FeatureStore;
import org.fieldcloud.worker.deltas.store.LayerTable;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;
import org.fieldcloud.worker.deltas.store.gpkg.GpkgFeatureStore;

/**
 * A CSV or GeoJSON layer edited through GDAL: {@code ogr2ogr} copies it into a private GeoPackage,
 * the deltas are applied there with the GeoPackage store, and on commit {@code ogr2ogr} writes the
 * layer back in its own format to a sibling file that then replaces the original in one move. A run
 * that fails before the commit never touches the original.
 *
 * <p>Features are identified as QGIS identifies them in such files: by the attribute named {@code
 * fid} (the OGR feature id of these formats is not an attribute). The private GeoPackage's own
 * feature id column is named so that it cannot clash with it.
 */
public final class OgrFileFeatureStore implements FeatureStore {

  static final String INTERNAL_FID = "fieldcloud_ogr_fid";
  private static final Map<String, String> DRIVERS =
      Map.of("csv", "CSV", "geojson", "GeoJSON", "json", "GeoJSON");

  private final Path original;
  private final String driver;
  private final Path workDir;
  private final GpkgFeatureStore working;
  private final String table;
  private boolean changed;

  private OgrFileFeatureStore(
      Path original, String driver, Path workDir, GpkgFeatureStore working, String table) {
    this.original = original;
    this.driver = driver;
    this.workDir = workDir;
    this.working = working;
    this.table = table;
  }

  public static boolean supports(String extension) {
    return DRIVERS.containsKey(extension.toLowerCase(Locale.ROOT));
  }

  public static OgrFileFeatureStore open(Path file, String extension)
      throws LayerUnavailableException {
    String driver = DRIVERS.get(extension.toLowerCase(Locale.ROOT));
    if (driver == null || !Files.isRegularFile(file)) {
      throw new LayerUnavailableException("Invalid layer: the file " + file + " does not exist");
    }
    Path workDir = null;
    try {
      workDir = Files.createTempDirectory("fieldcloud-ogr-");
      Path gpkg = workDir.resolve("work.gpkg");
      run(
          List.of(
              "ogr2ogr",
              "-f",
              "GPKG",
              gpkg.toString(),
              file.toString(),
              "-lco",
              "FID=" + INTERNAL_FID,
              "-preserve_fid"),
          "copy " + file.getFileName() + " into a GeoPackage");
      GpkgFeatureStore working = GpkgFeatureStore.open(gpkg);
      String table = working.onlyTable();
      return new OgrFileFeatureStore(file, driver, workDir, working, table);
    } catch (IOException | SQLException e) {
      deleteQuietly(workDir);
      throw new LayerUnavailableException(
          "Invalid layer: " + file.getFileName() + " cannot be read with GDAL: " + e.getMessage(),
          e);
    } catch (LayerUnavailableException e) {
      deleteQuietly(workDir);
      throw e;
    }
  }

  @Override
  public LayerTable table(String schema, String tableName, String pkHint, String geometryHint)
      throws LayerUnavailableException {
    LayerTable t = working.table(null, table, "fid", null);
    if (t.pk().name().equals(INTERNAL_FID)) {
      throw new LayerUnavailableException(
          "Layer " + original.getFileName() + " has no fid attribute to identify its features");
    }
    return t;
  }

  @Override
  public Optional<Map<String, Object>> find(LayerTable t, String pk)
      throws SQLException, DuplicateFeatureException {
    return working.find(t, pk);
  }

  @Override
  public String insert(LayerTable t, Map<Column, Object> values, ParsedGeometry geometry)
      throws SQLException {
    String pk = working.insert(t, values, geometry);
    changed = true;
    return pk;
  }

  @Override
  public void update(
      LayerTable t, String pk, Map<Column, Object> values, boolean setGeometry, ParsedGeometry g)
      throws SQLException {
    working.update(t, pk, values, setGeometry, g);
    changed = true;
  }

  @Override
  public void delete(LayerTable t, String pk) throws SQLException {
    working.delete(t, pk);
    changed = true;
  }

  @Override
  public void beginDelta() throws SQLException {
    working.beginDelta();
  }

  @Override
  public void endDelta(boolean keep) throws SQLException {
    working.endDelta(keep);
  }

  @Override
  public boolean transactionLost(SQLException e) {
    return working.transactionLost(e);
  }

  /** Commits the private copy, then writes the layer back over the original in one move. */
  @Override
  public void commit() throws SQLException {
    working.commit();
    if (!changed) {
      return;
    }
    String name = original.getFileName().toString();
    Path out = original.resolveSibling("." + name + ".fieldcloud-new" + extensionOf(name));
    try {
      Files.deleteIfExists(out);
      List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", driver, out.toString()));
      cmd.add(workDir.resolve("work.gpkg").toString());
      cmd.add(table);
      if (driver.equals("GeoJSON")) {
        cmd.add("-preserve_fid"); // keeps the features' "id" members
      }
      cmd.add("-nln");
      cmd.add(table);
      run(cmd, "write " + name + " back");
      Files.move(
          out, original, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      changed = false;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(out);
      } catch (IOException ignored) {
        // the original is untouched either way
      }
      throw new SQLException("GDAL could not write " + name + " back: " + e.getMessage(), e);
    }
  }

  @Override
  public void rollback() throws SQLException {
    working.rollback();
    changed = false;
  }

  @Override
  public String describe() {
    return original.getFileName().toString();
  }

  @Override
  public void close() throws SQLException {
    try {
      working.close();
    } finally {
      deleteQuietly(workDir);
    }
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  private static void run(List<String> cmd, String what) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("ogr2ogr did not finish in 120 s (" + what + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted (" + what + ")", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("ogr2ogr failed to " + what + ": " + output);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }
}

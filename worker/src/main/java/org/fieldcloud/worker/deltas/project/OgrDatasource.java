package org.fieldcloud.worker.deltas.project;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A QGIS {@code ogr} datasource such as {@code ./testdata.gpkg|layername=points_xy}: a file path
 * (relative to the project folder unless absolute) and options after {@code |}.
 *
 * @param layerName the {@code layername=} option, or {@code null} when the file has one layer
 */
public record OgrDatasource(Path file, String layerName) {

  public static OgrDatasource parse(String datasource, Path projectDir) {
    String[] parts = datasource.split("\\|");
    String pathText = parts[0].trim();
    String layerName = null;
    for (int i = 1; i < parts.length; i++) {
      String opt = parts[i].trim();
      if (opt.startsWith("layername=")) {
        layerName = opt.substring("layername=".length());
      }
    }
    Path p = Path.of(pathText);
    Path file = p.isAbsolute() ? p : projectDir.resolve(p).normalize();
    return new OgrDatasource(file, layerName);
  }

  public String extension() {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  public boolean isGeoPackage() {
    return extension().equals("gpkg");
  }
}

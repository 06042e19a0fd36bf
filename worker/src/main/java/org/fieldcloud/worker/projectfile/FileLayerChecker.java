package org.fieldcloud.worker.projectfile;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.qgis.LayerSource;
import org.fieldcloud.worker.qgis.MapLayerXml;

/**
 * Checks a layer against the project's files without QGIS: does the file exist, and does GDAL open
 * it (and the layer inside it)? Online and in-memory sources cannot be judged this way and are
 * reported as {@code not_checked}.
 */
public final class FileLayerChecker {

  private final Optional<Gdal> gdal;

  public FileLayerChecker(Optional<Gdal> gdal) {
    this.gdal = gdal;
  }

  public LayerValidity check(MapLayerXml layer, LayerSource source) throws IOException {
    if (source.localized()) {
      return LayerValidity.invalid(
          "localized_dataprovider",
          "Localized layer \""
              + source.rawPath()
              + "\" is read from the shared datasets project, which is not part of this project.",
          "",
          "file");
    }
    if (source.provider().isEmpty()) {
      return LayerValidity.invalid(
          "missing_dataprovider", "", "No data provider available", "file");
    }
    if (!source.isFileBased()) {
      return LayerValidity.valid("not_checked");
    }
    if (!Files.exists(source.file())) {
      return LayerValidity.invalid(
          "invalid_dataprovider", "File \"" + source.rawPath() + "\" missing.", "", "file");
    }
    if (gdal.isEmpty()) {
      return LayerValidity.valid("file");
    }
    Optional<String> error =
        "gdal".equals(source.provider()) || "raster".equals(layer.type())
            ? gdal.get().checkRaster(source.file())
            : gdal.get().checkVector(source.file(), source.layerName());
    return error
        .map(message -> LayerValidity.invalid("invalid_dataprovider", "", message, "gdal"))
        .orElseGet(() -> LayerValidity.valid("gdal"));
  }
}

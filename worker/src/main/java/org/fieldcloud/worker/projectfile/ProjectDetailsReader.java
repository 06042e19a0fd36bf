package org.fieldcloud.worker.projectfile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldcloud.worker.qgis.Extent;
import org.fieldcloud.worker.qgis.MapLayerXml;
import org.fieldcloud.worker.qgis.ProjectXml;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisProjectFile;
import org.fieldcloud.worker.qgis.Wgs84Reprojector;

/** Reads a project into {@code project_details} as jobs.md §6.4 describes it. */
public final class ProjectDetailsReader {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  private final LayerDetailsCollector layers;
  private final Wgs84Reprojector reprojector = new Wgs84Reprojector();

  public ProjectDetailsReader(LayerDetailsCollector layers) {
    this.layers = layers;
  }

  /**
   * @param qgisReport QGIS's view of the layers, or null when QGIS is absent
   */
  public ProjectDetails read(QgisProjectFile project, QgisProbe.Report qgisReport)
      throws IOException {
    ProjectXml xml = project.xml();
    Map<String, Map<String, Object>> layersById =
        layers.collect(xml.layers(), project.directory(), qgisReport);
    Optional<Extent> extent = extent(xml);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("project_name", xml.title());
    details.put("qgis_version", xml.qgisVersion());
    details.put("crs", xml.crsAuthid());
    details.put("extent", extent.map(Extent::toWktPolygon).orElse(""));
    details.put("area_of_interest", areaOfInterest(xml));
    details.put("background_color", backgroundColor(xml));
    List<String> attachmentDirs = xml.listProperty("QFieldSync", "attachmentDirs");
    details.put("attachment_dirs", attachmentDirs == null ? List.of("DCIM") : attachmentDirs);
    List<String> dataDirs = xml.listProperty("QFieldSync", "dataDirs");
    details.put("data_dirs", dataDirs == null ? List.of() : dataDirs);
    details.put("layers_by_id", layersById);
    details.put("ordered_layer_ids", new ArrayList<>(layersById.keySet()));
    return new ProjectDetails(details, extent.isPresent());
  }

  /** The canvas extent, else the union of the layer extents, in EPSG:4326. */
  private Optional<Extent> extent(ProjectXml xml) {
    Extent canvas = xml.canvasExtent();
    if (canvas != null && !canvas.isEmpty()) {
      return reprojector.toWgs84(canvas, xml.canvasCrsAuthid());
    }
    Extent union = null;
    for (MapLayerXml layer : xml.layers()) {
      Optional<Extent> layerExtent =
          layer.wgs84Extent() != null && !layer.wgs84Extent().isEmpty()
              ? Optional.of(layer.wgs84Extent())
              : reprojector.toWgs84(layer.extent(), layer.crsAuthid());
      if (layerExtent.isPresent()) {
        union = union == null ? layerExtent.get() : union.union(layerExtent.get());
      }
    }
    return Optional.ofNullable(union).filter(e -> !e.isEmpty());
  }

  /** The bounding box of {@code qfieldsync/areaOfInterest} in EPSG:4326 as WKT, or "". */
  private String areaOfInterest(ProjectXml xml) {
    String wkt = xml.property("qfieldsync", "areaOfInterest");
    String crs = xml.property("qfieldsync", "areaOfInterestCrs");
    if (wkt == null || wkt.isBlank() || crs == null || crs.isBlank()) {
      return "";
    }
    Matcher numbers = NUMBER.matcher(wkt.replaceAll("(?i)[a-z]+", " "));
    List<Double> values = new ArrayList<>();
    while (numbers.find()) {
      values.add(Double.parseDouble(numbers.group()));
    }
    if (values.size() < 4 || values.size() % 2 != 0) {
      return "";
    }
    double xmin = Double.POSITIVE_INFINITY;
    double ymin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double ymax = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.size(); i += 2) {
      xmin = Math.min(xmin, values.get(i));
      xmax = Math.max(xmax, values.get(i));
      ymin = Math.min(ymin, values.get(i + 1));
      ymax = Math.max(ymax, values.get(i + 1));
    }
    return reprojector
        .toWgs84(new Extent(xmin, ymin, xmax, ymax), crs)
        .map(Extent::toWktPolygon)
        .orElse("");
  }

  private static String backgroundColor(ProjectXml xml) {
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        clamp(xml.intProperty("Gui", "CanvasColorRedPart", 255)),
        clamp(xml.intProperty("Gui", "CanvasColorGreenPart", 255)),
        clamp(xml.intProperty("Gui", "CanvasColorBluePart", 255)));
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}

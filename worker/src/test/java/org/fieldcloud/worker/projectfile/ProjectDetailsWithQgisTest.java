package org.fieldcloud.worker.projectfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.Fixtures;
import org.fieldcloud.worker.QgisForTests;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** process_projectfile's reading with QGIS's own verdict on every layer (the worker image case). */
class ProjectDetailsWithQgisTest {

  @TempDir Path scratch;

  private ProjectDetails read(Path projectFile) throws Exception {
    QgisProbe.Report report = QgisForTests.probe(projectFile, null, scratch);
    return new ProjectDetailsReader(new LayerDetailsCollector(new FileLayerChecker(Gdal.find())))
        .read(QgisProjectFile.read(projectFile), report);
  }

  @Test
  void unreachablePostgisLayerIsAnInvalidDataProvider() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.brokenDatasource()).layersById();
    Map<String, Object> postgis =
        layers.get("surfacestructure_35131bca_337c_483b_b09e_1cf77b1dfb16");
    assertEquals(false, postgis.get("is_valid"), postgis.toString());
    assertEquals("invalid_dataprovider", postgis.get("error_code"));
    assertEquals("qgis", postgis.get("validity_checked_by"));
    assertEquals(
        "Unable to connect to host \"fefi.opengizzzz.ch\".", postgis.get("provider_error_summary"));
    assertEquals(false, postgis.get("datasource").toString().contains("Bhooo"));
    Map<String, Object> points = layers.get("points_c2784cf9_c9c3_45f6_9ce5_98a6047e4d6c");
    assertEquals(true, points.get("is_valid"));
    assertEquals("qgis", points.get("validity_checked_by"));
  }

  @Test
  void localizedLayersMatchTheReferenceJobTest() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.wrongLocalized()).layersById();
    for (String id :
        List.of("valid_localized_point_layer_id", "invalid_localized_polygon_layer_id")) {
      assertEquals(false, layers.get(id).get("is_valid"), id);
      assertEquals(true, layers.get(id).get("is_localized"), id);
      assertEquals("localized_dataprovider", layers.get(id).get("error_code"), id);
    }
    Map<String, Object> missing = layers.get("invalid_point_layer_id");
    assertEquals(false, missing.get("is_valid"));
    assertEquals(false, missing.get("is_localized"));
    assertEquals("invalid_dataprovider", missing.get("error_code"));
    assertEquals(
        true, layers.get("OpenStreetMap_442da2b8_ea6a_4114_a4f4_e472a9f7d8b9").get("is_valid"));
  }

  @Test
  void curvedPolygonsAndShapefileAreValidSpatialiteIsNot() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.simpleProject()).layersById();
    Map<String, Object> curved = layers.get("curved_polys20161130143036265");
    assertEquals(true, curved.get("is_valid"));
    assertEquals("CurvePolygon", curved.get("wkb_type_name"));
    assertEquals(10, curved.get("wkb_type"));
    assertEquals("Polygon", curved.get("geom_type_name"));
    Map<String, Object> shapefile = layers.get("france_parts_shape20161130142748672");
    assertEquals(true, shapefile.get("is_valid"));
    assertEquals("MultiPolygon", shapefile.get("wkb_type_name"));
    Map<String, Object> spatialite = layers.get("somedata20161130143219568");
    assertEquals(false, spatialite.get("is_valid"));
    assertEquals("invalid_dataprovider", spatialite.get("error_code"));
    assertEquals("File \"./spatialite.db\" missing.", spatialite.get("error_summary"));
  }

  @Test
  void thumbnailIsRenderedForTheBeeFarm() throws Exception {
    Path png = scratch.resolve("thumb.png");
    QgisProbe.Report report = QgisForTests.probe(Fixtures.beeFarming(), png, scratch);
    assertEquals(png.toAbsolutePath(), report.thumbnail());
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(100, image.getWidth());
    assertEquals(100, image.getHeight());
    assertTrue(report.qgisVersion().startsWith("3."), report.qgisVersion());
  }
}

package org.fieldcloud.worker.projectfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fieldcloud.worker.Fixtures;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.qgis.InvalidProjectFileException;
import org.fieldcloud.worker.qgis.QgisProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * process_projectfile's reading as it runs on a machine without QGIS: the project XML, the
 * project's files and GDAL's ogrinfo/gdalinfo decide validity.
 */
class ProjectDetailsWithoutQgisTest {

  private static ProjectDetails read(Path projectFile) throws Exception {
    return new ProjectDetailsReader(new LayerDetailsCollector(new FileLayerChecker(Gdal.find())))
        .read(QgisProjectFile.read(projectFile), null);
  }

  @Test
  void beeFarmingReportsItsThreeLayersCrsExtentAndVersion() throws Exception {
    ProjectDetails details = read(Fixtures.beeFarming());
    Map<String, Object> values = details.values();
    assertEquals("3.11.0", values.get("qgis_version"));
    assertEquals("EPSG:3857", values.get("crs"));
    assertEquals(List.of("DCIM"), values.get("attachment_dirs"));
    assertTrue(details.hasUsableExtent());
    String extent = (String) values.get("extent");
    assertTrue(extent.startsWith("POLYGON((9.25"), extent);
    assertTrue(extent.contains(" 46.8"), extent);

    Map<String, Map<String, Object>> layers = details.layersById();
    assertEquals(3, layers.size());
    assertEquals(List.copyOf(layers.keySet()), values.get("ordered_layer_ids"));
    Map<String, Object> apiary = layers.get("apiary_27954fba_aad8_4336_8b19_23afed462c51");
    assertEquals("Apiary", apiary.get("name"));
    assertEquals("ogr", apiary.get("provider_name"));
    assertEquals("./bees.gpkg|layername=apiary", apiary.get("datasource"));
    assertEquals(true, apiary.get("is_valid"));
    assertEquals("no_error", apiary.get("error_code"));
    assertEquals("gdal", apiary.get("validity_checked_by"));
    assertEquals(1, apiary.get("wkb_type"));
    assertEquals("Point", apiary.get("geom_type_name"));
    assertEquals("EPSG:3857", apiary.get("crs"));
    assertEquals("Vector", apiary.get("type_name"));
    assertEquals("fid", apiary.get("qfc_source_data_pk_name"));
    Map<String, Object> osm = layers.get("OpenStreetMap_442da2b8_ea6a_4114_a4f4_e472a9f7d8b9");
    assertEquals("Raster", osm.get("type_name"));
    assertEquals("wms", osm.get("provider_name"));
    assertEquals("not_checked", osm.get("validity_checked_by"));
    assertEquals("no_action", osm.get("qfs_action"));
  }

  @Test
  void deltaProjectHasEightValidLayersFromGeoPackageGeoJsonAndCsv() throws Exception {
    ProjectDetails details = read(Fixtures.deltaProject());
    assertEquals("3.30.0", details.values().get("qgis_version"));
    assertEquals("EPSG:4326", details.values().get("crs"));
    Map<String, Map<String, Object>> layers = details.layersById();
    assertEquals(8, layers.size());
    layers.values().forEach(layer -> assertEquals(true, layer.get("is_valid"), layer.toString()));
    Map<String, Object> xyzm = layers.get("points_xyzm_1cb6363a_5a99_4090_aeaf_d88deec2a3d8");
    assertEquals("PointZM", xyzm.get("wkb_type_name"));
    assertEquals(3001, xyzm.get("wkb_type"));
    Map<String, Object> csv = layers.get("nonspatial_5b9be5d0_6faa_4c14_825d_7889615c842c");
    assertEquals("NoGeometry", csv.get("wkb_type_name"));
    assertEquals("Null", csv.get("geom_type_name"));
  }

  @Test
  void simpleProjectReportsTheMissingSpatialiteFile() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.simpleProject()).layersById();
    assertEquals(4, layers.size());
    assertEquals(true, layers.get("curved_polys20161130143036265").get("is_valid"));
    assertEquals(true, layers.get("france_parts_shape20161130142748672").get("is_valid"));
    for (String id : List.of("somedata20161130143219568", "somepolydata20161130143219577")) {
      Map<String, Object> layer = layers.get(id);
      assertEquals(false, layer.get("is_valid"));
      assertEquals("invalid_dataprovider", layer.get("error_code"));
      assertEquals("File \"./spatialite.db\" missing.", layer.get("error_summary"));
      assertEquals("spatialite", layer.get("provider_name"));
    }
  }

  @Test
  void brokenDatasourceHidesThePasswordAndLeavesPostgisUnjudgedWithoutQgis() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.brokenDatasource()).layersById();
    assertEquals(2, layers.size());
    Map<String, Object> postgis =
        layers.values().stream()
            .filter(layer -> "postgres".equals(layer.get("provider_name")))
            .findFirst()
            .orElseThrow();
    String datasource = (String) postgis.get("datasource");
    assertTrue(datasource.contains("host=fefi.opengizzzz.ch"), datasource);
    assertFalse(datasource.contains("password"), datasource);
    assertFalse(datasource.contains("Bhooo"), datasource);
    assertEquals("not_checked", postgis.get("validity_checked_by"));
  }

  @Test
  void invalidExtentGivesAnEmptyExtentAndMissingGeoPackageLayers() throws Exception {
    ProjectDetails details = read(Fixtures.invalidExtent());
    assertEquals("", details.values().get("extent"));
    assertFalse(details.hasUsableExtent());
    assertEquals("3.44.7", details.values().get("qgis_version"));
    assertEquals("p1", details.values().get("project_name"));
    Map<String, Object> survey =
        details.layersById().get("survey_558efe23_1ab6_4d0b_b9af_b7fd73a14571");
    assertNotNull(survey, details.layersById().keySet().toString());
    assertEquals(false, survey.get("is_valid"));
    assertEquals("File \"./p1.gpkg\" missing.", survey.get("error_summary"));
  }

  @Test
  void localizedLayersAreInvalidWithTheLocalizedErrorCode() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.wrongLocalized()).layersById();
    for (String id :
        List.of("valid_localized_point_layer_id", "invalid_localized_polygon_layer_id")) {
      Map<String, Object> layer = layers.get(id);
      assertEquals(false, layer.get("is_valid"), id);
      assertEquals(true, layer.get("is_localized"), id);
      assertEquals("localized_dataprovider", layer.get("error_code"), id);
      assertEquals(null, layer.get("provider_name"), id);
    }
    assertEquals("bumblebees.gpkg", layers.get("valid_localized_point_layer_id").get("filename"));
    Map<String, Object> missing = layers.get("invalid_point_layer_id");
    assertEquals(false, missing.get("is_valid"));
    assertEquals(false, missing.get("is_localized"));
    assertEquals("invalid_dataprovider", missing.get("error_code"));
    assertEquals("File \"bumblebees_doesnotexist.gpkg\" missing.", missing.get("error_summary"));
  }

  @Test
  void correctLocalizedProjectHasOneLocalizedAndOneMissingLayer() throws Exception {
    Map<String, Map<String, Object>> layers = read(Fixtures.correctLocalized()).layersById();
    Map<String, Object> localized = layers.get("valid_localized_point_layer_id");
    assertEquals(true, localized.get("is_localized"));
    assertEquals("localized_dataprovider", localized.get("error_code"));
    assertEquals("localized:bumblebees.gpkg|layername=apiary", localized.get("datasource"));
    Map<String, Object> missing = layers.get("invalid_point_layer_id");
    assertEquals(false, missing.get("is_valid"));
    assertEquals("invalid_dataprovider", missing.get("error_code"));
  }

  @Test
  void brokenXmlIsAnInvalidProjectFileWithItsLine() {
    InvalidProjectFileException error =
        assertThrows(
            InvalidProjectFileException.class, () -> QgisProjectFile.read(Fixtures.brokenXml()));
    assertTrue(error.getMessage().startsWith("Project file is an invalid XML document:\n"));
    assertTrue(error.getMessage().contains("line 20"), error.getMessage());
  }

  @Test
  void unknownExtensionAndMissingFileAreRejected(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("project.txt"), "<qgis/>");
    InvalidProjectFileException wrongExtension =
        assertThrows(InvalidProjectFileException.class, () -> QgisProjectFile.read(text));
    assertEquals(
        "Project file \"project.txt\" has unknown file extension \"txt\"",
        wrongExtension.getMessage());
    IOException missing =
        assertThrows(IOException.class, () -> QgisProjectFile.read(dir.resolve("nope.qgs")));
    assertEquals("Project file \"nope.qgs\" does not exist", missing.getMessage());
  }

  @Test
  void qgzIsReadLikeTheQgsItHolds(@TempDir Path dir) throws Exception {
    Path beeDir = Fixtures.beeFarming().getParent();
    for (String data : List.of("bees.gpkg", "bumblebees.gpkg")) {
      Files.copy(beeDir.resolve(data), dir.resolve(data));
    }
    Path qgz = dir.resolve("simple_bee_farming.qgz");
    try (OutputStream out = Files.newOutputStream(qgz);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("simple_bee_farming.qgs"));
      zip.write(Files.readAllBytes(Fixtures.beeFarming()));
      zip.closeEntry();
    }
    ProjectDetails details = read(qgz);
    assertEquals("3.11.0", details.values().get("qgis_version"));
    assertEquals(3, details.layersById().size());
    details
        .layersById()
        .values()
        .forEach(layer -> assertEquals(true, layer.get("is_valid"), layer.toString()));
  }
}

package org.fieldcloud.worker.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.Fixtures;
import org.fieldcloud.worker.QgisForTests;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.projectfile.FileLayerChecker;
import org.fieldcloud.worker.projectfile.LayerDetailsCollector;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages the fixture projects and opens every package with PyQGIS: each layer that is shipped
 * must be valid and read from inside the package folder.
 */
class PackageBuilderTest {

  @TempDir Path work;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  /** Packages a project and returns QGIS's report of the packaged project. */
  private Packaged packageProject(Path projectFile) throws Exception {
    Gdal gdal = Gdal.find().orElseThrow(() -> new AssertionError("GDAL is required"));
    QgisProjectFile project = QgisProjectFile.read(projectFile);
    QgisProbe.Report original = QgisForTests.probe(projectFile, null, work.resolve("qgis"));
    Map<String, Map<String, Object>> layers =
        new LayerDetailsCollector(new FileLayerChecker(Gdal.find()))
            .collect(project.xml().layers(), project.directory(), original);
    Path export = work.resolve("export");
    PackageResult result =
        new PackageBuilder(gdal, new PrintStream(log, true, StandardCharsets.UTF_8))
            .build(project, layers, export);
    QgisProbe.Report packaged =
        QgisForTests.probe(result.projectFile(), null, work.resolve("qgis"));
    assertTrue(packaged.readOk(), "QGIS cannot read the packaged project");
    return new Packaged(result, packaged, export.toRealPath());
  }

  private record Packaged(PackageResult result, QgisProbe.Report qgis, Path export) {

    JsonObject layer(String id) {
      return qgis.layersById().get(id);
    }

    /** Every shipped layer (except localized ones) valid and reading from the package folder. */
    void assertSelfContained() {
      for (JsonObject layer : qgis.layersById().values()) {
        String source = layer.getString("source");
        if (source.startsWith("localized:")) {
          continue;
        }
        assertTrue(layer.getBoolean("is_valid"), "invalid in the package: " + layer);
        String filename = layer.getString("filename", "");
        if (!filename.isEmpty()) {
          assertTrue(
              Path.of(filename).toAbsolutePath().normalize().startsWith(export),
              "reads from outside the package: " + filename);
        }
      }
    }
  }

  @Test
  void deltaProjectBecomesDataGpkgAndProjectQfieldQgz() throws Exception {
    Packaged packaged = packageProject(Fixtures.deltaProject());
    assertEquals(List.of("data.gpkg", "project_qfield.qgz"), packaged.result().files());
    packaged.assertSelfContained();
    assertEquals(8, packaged.qgis().layersById().size());
    JsonObject xyzm = packaged.layer("points_xyzm_1cb6363a_5a99_4090_aeaf_d88deec2a3d8");
    assertEquals("PointZM", xyzm.getString("wkb_type_name"));
    assertEquals(3, xyzm.getInt("feature_count"));
    assertTrue(
        xyzm.getString("source")
            .endsWith("data.gpkg|layername=points_xyzm_1cb6363a_5a99_4090_aeaf_d88deec2a3d8"));
    JsonObject csv = packaged.layer("nonspatial_5b9be5d0_6faa_4c14_825d_7889615c842c");
    assertEquals(1, csv.getInt("feature_count"));
    String firstLine =
        new String(
                new java.util.zip.ZipFile(packaged.result().projectFile().toFile())
                    .getInputStream(new java.util.zip.ZipEntry("project_qfield.qgs"))
                    .readNBytes(60),
                StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElse("");
    assertTrue(firstLine.startsWith("<!DOCTYPE qgis"), firstLine);
  }

  @Test
  void beeFarmKeepsTheOnlineBasemapAndTakesTheGeoPackagesOffline() throws Exception {
    Packaged packaged = packageProject(Fixtures.beeFarming());
    assertEquals(List.of("data.gpkg", "simple_bee_farming_qfield.qgz"), packaged.result().files());
    packaged.assertSelfContained();
    assertEquals(
        35, packaged.layer("apiary_27954fba_aad8_4336_8b19_23afed462c51").getInt("feature_count"));
    assertEquals(
        "wms",
        packaged
            .layer("OpenStreetMap_442da2b8_ea6a_4114_a4f4_e472a9f7d8b9")
            .getString("provider_name"));
  }

  @Test
  void simpleProjectDropsSpatialiteCopiesTheShapefileAndKeepsCurves() throws Exception {
    Packaged packaged = packageProject(Fixtures.simpleProject());
    packaged.assertSelfContained();
    assertEquals(
        2, packaged.qgis().layersById().size(), packaged.qgis().layersById().keySet().toString());
    JsonObject curved = packaged.layer("curved_polys20161130143036265");
    assertEquals("CurvePolygon", curved.getString("wkb_type_name"));
    assertTrue(curved.getString("source").contains("data.gpkg"));
    // A shapefile has no usable primary key: shipped as a read-only copy with its sidecars.
    JsonObject shapefile = packaged.layer("france_parts_shape20161130142748672");
    assertTrue(shapefile.getString("source").contains("france_parts_shape.shp"));
    for (String sidecar : List.of("shp", "shx", "dbf", "prj", "cpg", "qpj")) {
      assertTrue(
          packaged.result().files().contains("france_parts_shape." + sidecar),
          packaged.result().files().toString());
    }
    LayerPlan shapefilePlan =
        packaged.result().plans().stream()
            .filter(plan -> plan.layerId().equals("france_parts_shape20161130142748672"))
            .findFirst()
            .orElseThrow();
    assertTrue(shapefilePlan.forceReadOnly());
  }

  @Test
  void invalidLayerIsRemovedLocalizedLayersAreKept() throws Exception {
    Packaged packaged = packageProject(Fixtures.wrongLocalized());
    packaged.assertSelfContained();
    Map<String, JsonObject> layers = packaged.qgis().layersById();
    assertFalse(layers.containsKey("invalid_point_layer_id"), layers.keySet().toString());
    assertTrue(layers.containsKey("valid_localized_point_layer_id"));
    assertTrue(layers.containsKey("invalid_localized_polygon_layer_id"));
  }

  @Test
  void brokenPostgisLayerIsRemovedAndTheGeoJsonGoesOffline() throws Exception {
    Packaged packaged = packageProject(Fixtures.brokenDatasource());
    packaged.assertSelfContained();
    assertEquals(
        List.of("points_c2784cf9_c9c3_45f6_9ce5_98a6047e4d6c"),
        List.copyOf(packaged.qgis().layersById().keySet()));
    String project =
        new String(
            new java.util.zip.ZipFile(packaged.result().projectFile().toFile())
                .getInputStream(new java.util.zip.ZipEntry("project_broken_datasource_qfield.qgs"))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    assertFalse(project.contains("surfacestructure_35131bca"), "removed layer still referenced");
  }

  @Test
  void declaredMultiPolygonsArePromoted() throws Exception {
    Packaged packaged = packageProject(Fixtures.multipolygons());
    packaged.assertSelfContained();
    JsonObject layer = packaged.layer("multipolygons_4326_offline_test");
    assertEquals("MultiPolygon", layer.getString("wkb_type_name"));
    assertTrue(Files.exists(packaged.export().resolve("data.gpkg")));
  }

  @Test
  void subsetFilterLimitsTheOfflineCopy() throws Exception {
    Path source = Fixtures.deltaProject().getParent();
    Path project = work.resolve("subset");
    Files.createDirectories(project);
    for (String file :
        List.of("testdata.gpkg", "points.geojson", "polygons.geojson", "nonspatial.csv")) {
      Files.copy(source.resolve(file), project.resolve(file));
    }
    String xml = Files.readString(Fixtures.deltaProject());
    String filtered =
        xml.replace(
            "<datasource>./testdata.gpkg|layername=points_xy</datasource>",
            "<datasource>./testdata.gpkg|layername=points_xy|subset=\"int\" &gt;= 2</datasource>");
    assertTrue(!filtered.equals(xml), "fixture changed: subset not injected");
    Files.writeString(project.resolve("project.qgs"), filtered);
    Packaged packaged = packageProject(project.resolve("project.qgs"));
    packaged.assertSelfContained();
    assertEquals(
        2,
        packaged.layer("points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1").getInt("feature_count"));
  }

  @Test
  void virtualLayersKeepWorkingWithAndWithoutEmbeddedSources() throws Exception {
    Packaged plain = packageProject(Fixtures.core("delta/project_with_virtual.qgs"));
    plain.assertSelfContained();
    assertTrue(
        plain.layer("virtual_layer_ef531950_85f6_4b9d_8ac3_3875c9d80bde").getBoolean("is_valid"));
  }

  @Test
  void virtualLayerWithEmbeddedFileGetsThatFileCopied() throws Exception {
    Packaged embedded =
        packageProject(Fixtures.core("delta/project_with_virtual_with_embedded.qgs"));
    embedded.assertSelfContained();
    assertTrue(
        embedded.result().files().contains("testdata.gpkg"), embedded.result().files().toString());
  }

  @Test
  void qgzInputKeepsItsAuxiliaryStorage() throws Exception {
    Path project = work.resolve("qgz");
    Files.createDirectories(project);
    Path beeDir = Fixtures.beeFarming().getParent();
    for (String data : List.of("bees.gpkg", "bumblebees.gpkg")) {
      Files.copy(beeDir.resolve(data), project.resolve(data));
    }
    byte[] auxiliary = "auxiliary storage bytes".getBytes(StandardCharsets.UTF_8);
    Path qgz = project.resolve("bees.qgz");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(qgz))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("bees.qgs"));
      zip.write(Files.readAllBytes(Fixtures.beeFarming()));
      zip.putNextEntry(new java.util.zip.ZipEntry("bees.qgd"));
      zip.write(auxiliary);
    }
    Packaged packaged = packageProject(qgz);
    packaged.assertSelfContained();
    assertEquals(List.of("bees_qfield.qgz", "data.gpkg"), packaged.result().files());
    try (java.util.zip.ZipFile zip =
        new java.util.zip.ZipFile(packaged.result().projectFile().toFile())) {
      assertEquals(
          "auxiliary storage bytes",
          new String(
              zip.getInputStream(zip.getEntry("bees_qfield.qgd")).readAllBytes(),
              StandardCharsets.UTF_8));
    }
  }
}

package org.fieldcloud.worker.deltas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.deltas.apply.ApplyOptions;
import org.fieldcloud.worker.deltas.apply.ApplyRun;
import org.fieldcloud.worker.deltas.apply.DeltaApplier;
import org.fieldcloud.worker.deltas.apply.DeltaFeedback;
import org.fieldcloud.worker.deltas.apply.DeltaStatus;
import org.fieldcloud.worker.deltas.deltafile.DeltaFile;
import org.fieldcloud.worker.deltas.deltafile.DeltaFileReader;
import org.fieldcloud.worker.deltas.deltafile.InvalidDeltaFileException;
import org.fieldcloud.worker.deltas.geometry.GpkgGeometry;
import org.fieldcloud.worker.deltas.project.ProjectLayers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Every fixture deltafile applied to a copy of the fixture GeoPackage; the resulting rows,
 * geometries (decoded from the stored blobs) and statuses are asserted.
 */
class GpkgApplyDeltasTest {

  @TempDir Path dir;
  private Path gpkg;

  @BeforeEach
  void copyFixture() {
    Fixtures.copyProject(dir);
    gpkg = dir.resolve("testdata.gpkg");
  }

  private ApplyRun apply(String fixture, boolean overwrite) throws Exception {
    return apply(Fixtures.read(fixture), "project.qgs", overwrite);
  }

  private ApplyRun apply(DeltaFile file, String projectFile, boolean overwrite) throws Exception {
    return new DeltaApplier(new ApplyOptions(overwrite, Map.of()))
        .apply(file, ProjectLayers.read(dir.resolve(projectFile)));
  }

  private static void assertStatuses(ApplyRun run, DeltaStatus... expected) {
    List<DeltaStatus> actual = run.feedback().stream().map(DeltaFeedback::status).toList();
    assertEquals(List.of(expected), actual, () -> "feedback: " + run.feedback());
  }

  private Map<String, Object> row(String table, long fid) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        var st = c.prepareStatement("SELECT * FROM \"" + table + "\" WHERE fid = ?")) {
      st.setLong(1, fid);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        Map<String, Object> m = new HashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          m.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
        }
        return m;
      }
    }
  }

  private long scalar(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        var st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Geometry geometry(String table, long fid) throws Exception {
    return GpkgGeometry.decode((byte[]) row(table, fid).get("geom"));
  }

  private static void assertCoordinate(Geometry g, double... xyzm) {
    Coordinate c = g.getCoordinate();
    assertEquals(xyzm[0], c.getX(), 0);
    assertEquals(xyzm[1], c.getY(), 0);
    if (xyzm.length > 2) {
      assertEquals(xyzm[2], c.getZ(), 0, "z");
    }
    if (xyzm.length > 3) {
      assertEquals(xyzm[3], c.getM(), 0, "m");
    }
  }

  /** rtree entries equal the non-empty geometries: the UDF-driven triggers kept it in step. */
  private void assertRtreeConsistent(String table) throws Exception {
    assertEquals(
        scalar("SELECT count(*) FROM \"" + table + "\" WHERE geom IS NOT NULL"),
        scalar("SELECT count(*) FROM rtree_" + table + "_geom"),
        "rtree of " + table);
    assertEquals(
        scalar("SELECT count(*) FROM \"" + table + "\""),
        scalar("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = '" + table + "'"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_singledelta.json",
        "singlelayer_singledelta2.json",
        "singlelayer_singledelta3.json",
        "singlelayer_singledelta4.json",
        "singlelayer_singledelta5.json",
        "singlelayer_singledelta6.json",
        "singlelayer_singledelta_project2.json",
        "singlelayer_singledelta_empty_source_layer_id.json"
      })
  void simplePatchSetsIntTo666(String fixture) throws Exception {
    ApplyRun run = apply(fixture, false);
    assertStatuses(run, DeltaStatus.APPLIED);
    DeltaFeedback f = run.feedback().get(0);
    assertEquals("1", f.modifiedPk());
    assertEquals("points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1", f.layerId());
    assertEquals("Successfully applied delta!", f.msg());
    assertEquals(666, ((Number) row("points_xy", 1).get("int")).intValue());
    assertEquals("str1", row("points_xy", 1).get("str"), "untouched attributes stay");
    assertCoordinate(geometry("points_xy", 1), 1, 0);
  }

  @Test
  void patchWithDifferentContentApplies() throws Exception {
    assertStatuses(apply("singlelayer_singledelta_diff_content.json", false), DeltaStatus.APPLIED);
    assertEquals(667, ((Number) row("points_xy", 1).get("int")).intValue());
  }

  @Test
  void nulCharacterIsStripped() throws Exception {
    assertStatuses(apply("singlelayer_singledelta_null.json", false), DeltaStatus.APPLIED);
    assertEquals("", row("points_xy", 1).get("str"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"singlelayer_singledelta_conflict.json", "singlelayer_singledelta_conflict2.json"})
  void conflictWithoutOverwriteLeavesDataUntouched(String fixture) throws Exception {
    byte[] before = Files.readAllBytes(gpkg);
    ApplyRun run = apply(fixture, false);
    assertStatuses(run, DeltaStatus.CONFLICT);
    DeltaFeedback f = run.feedback().get(0);
    assertEquals(List.of("The attribute \"int\" that has a conflict:\n-1\n+134"), f.conflicts());
    assertEquals("CONFLICT", f.toJson().getString("e_type"));
    assertNull(f.modifiedPk());
    assertEquals(1, ((Number) row("points_xy", 1).get("int")).intValue());
    assertArrayEquals(before, Files.readAllBytes(gpkg), "the file is byte-identical");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"singlelayer_singledelta_conflict.json", "singlelayer_singledelta_conflict2.json"})
  void conflictWithOverwriteApplies(String fixture) throws Exception {
    assertStatuses(apply(fixture, true), DeltaStatus.APPLIED);
    assertEquals(666, ((Number) row("points_xy", 1).get("int")).intValue());
  }

  @Test
  void unknownLayersAreNotApplied() throws Exception {
    ApplyRun run = apply("with_errors.json", false);
    assertStatuses(run, DeltaStatus.APPLY_FAILED);
    assertEquals("No layer with id pluto", run.feedback().get(0).msg());
    assertEquals("status_apply_failed", run.feedback().get(0).toJson().getString("status"));
    assertEquals(1, ((Number) row("points_xy", 1).get("int")).intValue());
  }

  @Test
  void schemaInvalidFileIsRefusedAsAWhole() {
    var e =
        assertThrows(
            InvalidDeltaFileException.class,
            () -> new DeltaFileReader().read(Fixtures.deltafile("not_schema_valid.json")));
    assertEquals("'deltas' is a required property", e.getMessage());
  }

  @Test
  void multideltaPatchesGeometryAndAttributes() throws Exception {
    ApplyRun run = apply("singlelayer_multidelta.json", false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertCoordinate(geometry("points_xy", 1), 666, 0);
    assertEquals(1, ((Number) row("points_xy", 1).get("int")).intValue());
    var r2 = row("points_xy", 2);
    assertEquals(666, ((Number) r2.get("int")).intValue());
    assertEquals(0.666, ((Number) r2.get("dbl")).doubleValue(), 0);
    assertEquals("str666", r2.get("str"));
    assertCoordinate(geometry("points_xy", 2), 5, 0);
    assertCoordinate(geometry("points_xy", 3), 666, 0);
    assertEquals("str666", row("points_xy", 3).get("str"));
    assertRtreeConsistent("points_xy");
    assertEquals(666, scalar("SELECT minx FROM rtree_points_xy_geom WHERE id = 3"));
  }

  @Test
  void patchAndCreateOnXyLayer() throws Exception {
    ApplyRun run = apply("singlelayer_multidelta_patch_create.json", false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals("4", run.feedback().get(1).modifiedPk());
    assertCoordinate(geometry("points_xy", 1), 666, 0);
    var created = row("points_xy", 4);
    assertEquals(666, ((Number) created.get("int")).intValue());
    assertEquals("str666", created.get("str"));
    assertCoordinate(geometry("points_xy", 4), 777, 0);
    assertEquals(4, scalar("SELECT count(*) FROM points_xy"));
    assertRtreeConsistent("points_xy");
    assertEquals(777, scalar("SELECT minx FROM rtree_points_xy_geom WHERE id = 4"));
    // gpkg_contents follows, as GDAL keeps it: extent grown to the new point, last_change now
    assertEquals(777, scalar("SELECT max_x FROM gpkg_contents WHERE table_name = 'points_xy'"));
    assertEquals(
        1, scalar("SELECT last_change > '2024' FROM gpkg_contents WHERE table_name = 'points_xy'"));
  }

  /** Z and M: input dimensions are coerced to the layer's, nan and missing ordinates become 0. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_multidelta_delta_with_xy_for_xyz_layer.json",
        "singlelayer_multidelta_delta_with_xyz_for_xyz_layer.json",
        "singlelayer_multidelta_delta_with_xyz_nan_for_xyz_layer.json"
      })
  void xyzLayerGetsPointZ(String fixture) throws Exception {
    assertStatuses(apply(fixture, false), DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    byte[] blob = (byte[]) row("points_xyz", 1).get("geom");
    assertEquals(1001, wkbType(blob), "ISO WKB Point Z");
    assertCoordinate(geometry("points_xyz", 1), 666, 0, 0);
    assertCoordinate(geometry("points_xyz", 4), 777, 0, 0);
    assertEquals(1001, wkbType((byte[]) row("points_xyz", 4).get("geom")));
    assertRtreeConsistent("points_xyz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_multidelta_delta_with_xy_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyz_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyz_nan_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyzm_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyzm_nan_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyzm_nannan_for_xyzm_layer.json"
      })
  void xyzmLayerGetsPointZm(String fixture) throws Exception {
    assertStatuses(apply(fixture, false), DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals(3001, wkbType((byte[]) row("points_xyzm", 1).get("geom")), "ISO WKB Point ZM");
    assertCoordinate(geometry("points_xyzm", 1), 666, 0, 0, 0);
    assertCoordinate(geometry("points_xyzm", 4), 777, 0, 0, 0);
    assertRtreeConsistent("points_xyzm");
  }

  private static int wkbType(byte[] blob) {
    int off = GpkgGeometry.wkbOffset(blob);
    return java.nio.ByteBuffer.wrap(blob, off + 1, 4)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .getInt();
  }

  @Test
  void multilayerPatchesTwoTables() throws Exception {
    ApplyRun run = apply("multilayer_multidelta.json", false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals("str666", row("points_xy", 2).get("str"));
    var poly = row("polygons", 1);
    assertEquals(777, ((Number) poly.get("int")).intValue());
    Geometry g = geometry("polygons", 1);
    assertEquals("POLYGON ((666 666, 5 2, 5 5, 2 5, 666 666))", g.toText());
    // the header envelope matches the geometry (what GDAL and QGIS read for the extent)
    assertArrayEquals(
        new double[] {2, 666, 2, 666}, GpkgGeometry.envelope((byte[]) poly.get("geom")), 0);
    assertEquals(666, scalar("SELECT maxx FROM rtree_polygons_geom WHERE id = 1"));
    assertRtreeConsistent("polygons");
  }

  /** Same localPk in a GeoPackage layer and a GeoJSON layer (the latter through GDAL). */
  @Test
  void sameLocalPkInTwoLayersCreateModifyDeleteThroughClientPks() throws Exception {
    ApplyRun created = apply("multilayer_multidelta_create.json", false);
    assertStatuses(created, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals("1000", created.feedback().get(0).modifiedPk());
    assertEquals("2000", created.feedback().get(1).modifiedPk());
    assertEquals(1000, ((Number) row("points_xy", 1000).get("int")).intValue());
    assertNull(row("points_xy", 1000).get("geom"), "a create without geometry stores NULL");
    String geojson = Files.readString(dir.resolve("points.geojson"));
    assertTrue(
        geojson.contains(
            "\"properties\": { \"int\": 2000, \"dbl\": null, \"str\": null, \"fid\": 2000 },"
                + " \"geometry\": { \"type\": \"Point\", \"coordinates\": [ 666.0, 0.0 ] }"),
        geojson);

    ApplyRun modified =
        apply(withClientPks("multilayer_multidelta_modify.json", created), "project.qgs", false);
    assertStatuses(modified, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals(1001, ((Number) row("points_xy", 1000).get("int")).intValue());
    geojson = Files.readString(dir.resolve("points.geojson"));
    assertTrue(
        geojson.contains(
            "\"int\": 2002, \"dbl\": null, \"str\": null, \"fid\": 2000 },"
                + " \"geometry\": { \"type\": \"Point\", \"coordinates\": [ 777.0, 0.0 ] }"),
        geojson);

    ApplyRun deleted =
        apply(withClientPks("multilayer_multidelta_delete.json", modified), "project.qgs", true);
    assertStatuses(deleted, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertNull(row("points_xy", 1000));
    assertEquals(3, scalar("SELECT count(*) FROM points_xy"));
    assertArrayEquals(
        Files.readAllBytes(Fixtures.deltaDir().resolve("points.geojson")),
        Files.readAllBytes(dir.resolve("points.geojson")),
        "created, changed and deleted again: the GeoJSON is as before, byte for byte");
  }

  /**
   * Two clients create, patch and delete their own features; later files name them by clientPks.
   */
  @Test
  void multistageTwoClientsThroughClientPks() throws Exception {
    ApplyRun run = apply("multistage_p1_c1_create.json", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    run = apply(withClientPks("multistage_p2_c2_create.json", run), "project.qgs", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals(5, scalar("SELECT count(*) FROM points_xy"));
    run = apply(withClientPks("multistage_p3_c1_patch.json", run), "project.qgs", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    run = apply(withClientPks("multistage_p4_c2_patch.json", run), "project.qgs", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals(1001, ((Number) row("points_xy", 1000).get("int")).intValue());
    assertEquals(2002, ((Number) row("points_xy", 2000).get("int")).intValue());
    run = apply(withClientPks("multistage_p5_c1_delete.json", run), "project.qgs", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    run = apply(withClientPks("multistage_p6_c2_delete.json", run), "project.qgs", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals(3, scalar("SELECT count(*) FROM points_xy"));
  }

  /** Without the mapping, sourcePk "0" names no feature: proof the mapping is what finds it. */
  @Test
  void withoutClientPksTheLaterPatchFindsNothing() throws Exception {
    apply("multistage_p1_c1_create.json", false);
    ApplyRun run = apply("multistage_p3_c1_patch.json", false);
    assertStatuses(run, DeltaStatus.APPLY_FAILED);
    assertTrue(run.feedback().get(0).msg().startsWith("Unable to find feature"));
  }

  static DeltaFile withClientPks(String fixture, ApplyRun previous) {
    DeltaFile f = Fixtures.read(fixture);
    return new DeltaFile(
        f.id(), f.project(), f.version(), f.entries(), f.files(), previous.clientPks());
  }

  @Test
  void specialDataTypesCompareWithoutFalseConflicts() throws Exception {
    ApplyRun run = apply("special_data_types.json", false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    var r1 = row("special_data_types", 1);
    assertEquals("2024-03-23", r1.get("col_date"));
    assertEquals("2024-03-23T01:23:45", r1.get("col_datetime"));
    assertArrayEquals("bar".getBytes(), (byte[]) r1.get("col_binary"));
    assertEquals("2", run.feedback().get(1).modifiedPk());
    assertEquals("2025-04-24", row("special_data_types", 2).get("col_date"));
  }

  @Test
  void malformedWktIsNotAppliedAndAddsNothing() throws Exception {
    ApplyRun run =
        apply(
            Fixtures.read("singlelayer_singledelta_add_feature_default_value.json"),
            "project3.qgs",
            true);
    assertStatuses(run, DeltaStatus.APPLY_FAILED);
    assertTrue(
        run.feedback().get(0).msg().startsWith("Malformed WKT"), run.feedback().get(0).msg());
    assertEquals(2, scalar("SELECT count(*) FROM polygons"));
  }

  @Test
  void project3CreateWithValidWktKeepsIncomingValuesOverDefaults() throws Exception {
    String json =
        Files.readString(
                Fixtures.deltafile("singlelayer_singledelta_add_feature_default_value.json"))
            .replace("1 1))'", "1 1))");
    DeltaFile f = new DeltaFileReader().read(new java.io.ByteArrayInputStream(json.getBytes()));
    ApplyRun run = apply(f, "project3.qgs", true);
    assertStatuses(run, DeltaStatus.APPLIED);
    var r = row("polygons", Long.parseLong(run.feedback().get(0).modifiedPk()));
    assertEquals("correct!", r.get("str"));
    assertEquals(1, ((Number) r.get("int")).intValue());
    assertRtreeConsistent("polygons");
  }

  /** One broken delta gets its own error; the deltas around it still apply. */
  @Test
  void brokenDeltasFailAloneAndTheRestApplies() throws Exception {
    String good =
        "{\"uuid\":\"00000000-0000-4000-8000-00000000000%d\",\"clientId\":\"cd517e24-a520-4021-8850-e5af70e3a612\","
            + "\"localPk\":\"%d\",\"sourcePk\":\"%d\",\"localLayerId\":\"points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1\","
            + "\"sourceLayerId\":\"\",\"method\":\"patch\",\"old\":{\"attributes\":{\"int\":%d}},"
            + "\"new\":{\"geometry\":%s,\"attributes\":{\"int\":%d}}}";
    List<String> deltas = new ArrayList<>();
    deltas.add(String.format(good, 1, 1, 1, 1, "null", 101));
    deltas.add("{\"uuid\":\"00000000-0000-4000-8000-000000000002\",\"localPk\":\"2\"}");
    deltas.add(String.format(good, 3, 2, 2, 2, "\"POINT (1 2\"", 102));
    deltas.add(String.format(good, 4, 3, 3, 3, "\"CIRCULARSTRING (0 0, 1 1, 2 0)\"", 103));
    deltas.add(
        String.format(good, 5, 3, 3, 3, "\"POINT (9 9)\"", 103)
            .replace("\"int\":103", "\"nope\":1"));
    deltas.add(String.format(good, 6, 3, 3, 3, "\"POINT Z (9 9 9)\"", 303));
    String json =
        "{\"version\":\"1.0\",\"id\":\"6f109cd3-f44c-41db-b134-5f38468b9fda\","
            + "\"project\":\"e02d02cc-af1b-414c-a14c-e2ed5dfee52f\",\"files\":[],\"deltas\":["
            + String.join(",", deltas)
            + "]}";
    DeltaFile f = new DeltaFileReader().read(new java.io.ByteArrayInputStream(json.getBytes()));
    ApplyRun run = apply(f, "project.qgs", false);
    assertStatuses(
        run,
        DeltaStatus.APPLIED,
        DeltaStatus.APPLY_FAILED,
        DeltaStatus.APPLY_FAILED,
        DeltaStatus.APPLY_FAILED,
        DeltaStatus.APPLY_FAILED,
        DeltaStatus.APPLIED);
    assertTrue(run.feedback().get(1).msg().contains("'sourcePk' is a required property"));
    assertTrue(run.feedback().get(2).msg().startsWith("Malformed WKT"));
    assertTrue(run.feedback().get(3).msg().contains("CIRCULARSTRING is not supported"));
    assertTrue(run.feedback().get(4).msg().contains("Unable to change attribute \"nope\""));
    assertEquals(101, ((Number) row("points_xy", 1).get("int")).intValue());
    assertEquals(2, ((Number) row("points_xy", 2).get("int")).intValue());
    var r3 = row("points_xy", 3);
    assertEquals(303, ((Number) r3.get("int")).intValue(), "the failed delta 4 left nothing");
    assertEquals(1, wkbType((byte[]) r3.get("geom")), "Z is dropped on an XY layer");
    assertCoordinate(geometry("points_xy", 3), 9, 9);
  }
}

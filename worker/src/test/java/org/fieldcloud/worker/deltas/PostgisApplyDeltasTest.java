package org.fieldcloud.worker.deltas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.deltas.apply.ApplyOptions;
import org.fieldcloud.worker.deltas.apply.ApplyRun;
import org.fieldcloud.worker.deltas.apply.DeltaApplier;
import org.fieldcloud.worker.deltas.apply.DeltaFeedback;
import org.fieldcloud.worker.deltas.apply.DeltaStatus;
import org.fieldcloud.worker.deltas.deltafile.DeltaFile;
import org.fieldcloud.worker.deltas.deltafile.DeltaFileReader;
import org.fieldcloud.worker.deltas.project.ProjectLayers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same fixture deltafiles applied to the fixture data loaded into PostGIS, through a project
 * whose layers use {@code service=} and a pg_service file from the environment.
 */
class PostgisApplyDeltasTest {

  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void load() throws Exception {
    PostgisFixture.recreate();
    env = PostgisFixture.writeProject(dir);
  }

  private ApplyRun apply(DeltaFile file, boolean overwrite) throws Exception {
    return new DeltaApplier(new ApplyOptions(overwrite, env))
        .apply(file, ProjectLayers.read(dir.resolve("project_pg.qgs")));
  }

  private ApplyRun apply(String fixture, boolean overwrite) throws Exception {
    return apply(Fixtures.read(fixture), overwrite);
  }

  private static void assertStatuses(ApplyRun run, DeltaStatus... expected) {
    assertEquals(
        List.of(expected),
        run.feedback().stream().map(DeltaFeedback::status).toList(),
        () -> "feedback: " + run.feedback());
  }

  private String text(String sql) throws Exception {
    try (Connection c = PostgisFixture.admin(PostgisFixture.DB);
        var st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_singledelta.json",
        "singlelayer_singledelta_project2.json",
        "singlelayer_singledelta_empty_source_layer_id.json",
        "singlelayer_singledelta_diff_content.json"
      })
  void simplePatch(String fixture) throws Exception {
    ApplyRun run = apply(fixture, false);
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals("1", run.feedback().get(0).modifiedPk());
    String expected = fixture.contains("diff_content") ? "667" : "666";
    assertEquals(expected, text("SELECT int FROM points_xy WHERE fid = 1"));
    assertEquals("str1", text("SELECT str FROM points_xy WHERE fid = 1"));
  }

  @Test
  void nulCharacterIsStripped() throws Exception {
    assertStatuses(apply("singlelayer_singledelta_null.json", false), DeltaStatus.APPLIED);
    assertEquals("", text("SELECT str FROM points_xy WHERE fid = 1"));
  }

  @Test
  void conflictWithoutOverwriteLeavesDataUntouched() throws Exception {
    ApplyRun run = apply("singlelayer_singledelta_conflict.json", false);
    assertStatuses(run, DeltaStatus.CONFLICT);
    assertEquals(
        List.of("The attribute \"int\" that has a conflict:\n-1\n+134"),
        run.feedback().get(0).conflicts());
    assertEquals("1", text("SELECT int FROM points_xy WHERE fid = 1"));
  }

  @Test
  void conflictWithOverwriteApplies() throws Exception {
    assertStatuses(apply("singlelayer_singledelta_conflict2.json", true), DeltaStatus.APPLIED);
    assertEquals("666", text("SELECT int FROM points_xy WHERE fid = 1"));
  }

  @Test
  void unknownLayerIsNotApplied() throws Exception {
    ApplyRun run = apply("with_errors.json", false);
    assertStatuses(run, DeltaStatus.APPLY_FAILED);
    assertEquals("No layer with id pluto", run.feedback().get(0).msg());
  }

  @Test
  void multideltaPatchesGeometryAndAttributes() throws Exception {
    assertStatuses(
        apply("singlelayer_multidelta.json", false),
        DeltaStatus.APPLIED,
        DeltaStatus.APPLIED,
        DeltaStatus.APPLIED);
    assertEquals("POINT(666 0)", text("SELECT ST_AsText(geom) FROM points_xy WHERE fid = 1"));
    assertEquals("0.666|str666", text("SELECT dbl || '|' || str FROM points_xy WHERE fid = 2"));
    assertEquals("POINT(666 0)", text("SELECT ST_AsText(geom) FROM points_xy WHERE fid = 3"));
    assertEquals("4326", text("SELECT ST_SRID(geom) FROM points_xy WHERE fid = 3"));
  }

  @Test
  void multilayerPatchesPolygon() throws Exception {
    assertStatuses(
        apply("multilayer_multidelta.json", false), DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals(
        "POLYGON((666 666,5 2,5 5,2 5,666 666))",
        text("SELECT ST_AsText(geom) FROM polygons WHERE fid = 1"));
    assertEquals("777", text("SELECT int FROM polygons WHERE fid = 1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_multidelta_delta_with_xy_for_xyz_layer.json",
        "singlelayer_multidelta_delta_with_xyz_for_xyz_layer.json",
        "singlelayer_multidelta_delta_with_xyz_nan_for_xyz_layer.json"
      })
  void xyzLayer(String fixture) throws Exception {
    ApplyRun run = apply(fixture, false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals("POINT Z (666 0 0)", text("SELECT ST_AsText(geom) FROM points_xyz WHERE fid = 1"));
    String newPk = run.feedback().get(1).modifiedPk();
    assertEquals("4", newPk, "the serial hands out the next fid");
    assertEquals(
        "POINT Z (777 0 0)|666|str666",
        text("SELECT ST_AsText(geom) || '|' || int || '|' || str FROM points_xyz WHERE fid = 4"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "singlelayer_multidelta_delta_with_xy_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyz_nan_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyzm_for_xyzm_layer.json",
        "singlelayer_multidelta_delta_with_xyzm_nannan_for_xyzm_layer.json"
      })
  void xyzmLayer(String fixture) throws Exception {
    assertStatuses(apply(fixture, false), DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals(
        "POINT ZM (666 0 0 0)", text("SELECT ST_AsText(geom) FROM points_xyzm WHERE fid = 1"));
    assertEquals(
        "POINT ZM (777 0 0 0)", text("SELECT ST_AsText(geom) FROM points_xyzm WHERE fid = 4"));
  }

  @Test
  void multistageTwoClientsThroughClientPks() throws Exception {
    ApplyRun run = apply("multistage_p1_c1_create.json", false);
    for (String next :
        List.of(
            "multistage_p2_c2_create.json",
            "multistage_p3_c1_patch.json",
            "multistage_p4_c2_patch.json")) {
      assertStatuses(run, DeltaStatus.APPLIED);
      run = apply(GpkgApplyDeltasTest.withClientPks(next, run), false);
    }
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals("5", text("SELECT count(*) FROM points_xy"));
    assertEquals("1001", text("SELECT int FROM points_xy WHERE fid = 1000"));
    assertEquals("2002", text("SELECT int FROM points_xy WHERE fid = 2000"));
    run = apply(GpkgApplyDeltasTest.withClientPks("multistage_p5_c1_delete.json", run), false);
    assertStatuses(run, DeltaStatus.APPLIED);
    run = apply(GpkgApplyDeltasTest.withClientPks("multistage_p6_c2_delete.json", run), false);
    assertStatuses(run, DeltaStatus.APPLIED);
    assertEquals("3", text("SELECT count(*) FROM points_xy"));
  }

  @Test
  void specialDataTypesCompareWithoutFalseConflicts() throws Exception {
    ApplyRun run = apply("special_data_types.json", false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLIED);
    assertEquals("2024-03-23", text("SELECT col_date FROM special_data_types WHERE fid = 1"));
    assertEquals(
        "2024-03-23T01:23:45",
        text(
            "SELECT to_char(col_datetime AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                + " FROM special_data_types WHERE fid = 1"));
    assertEquals(
        "bar",
        text("SELECT convert_from(col_binary, 'UTF8') FROM special_data_types WHERE fid = 1"));
    assertEquals("2025-04-24", text("SELECT col_date FROM special_data_types WHERE fid = 2"));
  }

  @Test
  void createWithTakenPkGetsANewOne() throws Exception {
    ApplyRun run = apply("multistage_p1_c1_create.json", false);
    assertEquals("1000", run.feedback().get(0).modifiedPk());
    // the same create again (another uuid would be another feature): pk 1000 is taken now
    run = apply("multistage_p1_c1_create.json", false);
    assertStatuses(run, DeltaStatus.APPLIED);
    String pk = run.feedback().get(0).modifiedPk();
    assertTrue(!pk.equals("1000"), pk);
    assertEquals("1000", text("SELECT int FROM points_xy WHERE fid = " + pk));
  }

  /**
   * Deltas on two tables of one database around a layer whose table is missing: describing the
   * broken layer mid-run neither commits nor rolls back the deltas applied before it.
   */
  @Test
  void aBrokenLayerMidRunDoesNotDisturbTheTransaction() throws Exception {
    DeltaFile base = Fixtures.read("multilayer_multidelta.json");
    DeltaFile broken =
        new DeltaFileReader()
            .read(
                new java.io.ByteArrayInputStream(
                    Files.readString(Fixtures.deltafile("singlelayer_singledelta.json"))
                        .replace(
                            "points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1", "missing_table_layer")
                        .getBytes()));
    var entries = new java.util.ArrayList<>(base.entries());
    entries.add(1, broken.entries().get(0));
    DeltaFile mixed =
        new DeltaFile(base.id(), base.project(), base.version(), entries, List.of(), Map.of());
    ApplyRun run = apply(mixed, false);
    assertStatuses(run, DeltaStatus.APPLIED, DeltaStatus.APPLY_FAILED, DeltaStatus.APPLIED);
    assertTrue(run.feedback().get(1).msg().contains("no_such_table"), run.feedback().get(1).msg());
    assertEquals("666", text("SELECT int FROM points_xy WHERE fid = 2"));
    assertEquals("777", text("SELECT int FROM polygons WHERE fid = 1"));
  }

  /** QFC_PG_EFFECTIVE_USER: the edits run as that role, so its missing rights refuse them. */
  @Test
  void effectiveUserRoleIsUsed() throws Exception {
    try (Connection c = PostgisFixture.admin(PostgisFixture.DB);
        var st = c.createStatement()) {
      st.execute("DROP ROLE IF EXISTS fieldcloud_deltas_reader");
      st.execute("CREATE ROLE fieldcloud_deltas_reader");
      st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO fieldcloud_deltas_reader");
    }
    env =
        Map.of(
            env.keySet().iterator().next(),
            env.values().iterator().next(),
            "QFC_PG_EFFECTIVE_USER",
            "fieldcloud_deltas_reader");
    ApplyRun run = apply("singlelayer_singledelta.json", false);
    assertStatuses(run, DeltaStatus.APPLY_FAILED);
    assertTrue(
        run.feedback().get(0).providerErrors().contains("permission denied"),
        run.feedback().get(0).toString());
    assertEquals("1", text("SELECT int FROM points_xy WHERE fid = 1"));
    try (Connection c = PostgisFixture.admin(PostgisFixture.DB);
        var st = c.createStatement()) {
      st.execute("DROP OWNED BY fieldcloud_deltas_reader");
      st.execute("DROP ROLE fieldcloud_deltas_reader");
    }
  }

  @Test
  void unreachableServiceFailsEachDeltaClearly() throws Exception {
    env = Map.of("PGSERVICEFILE", dir.resolve("missing.conf").toString());
    ApplyRun run = apply("singlelayer_multidelta.json", false);
    for (DeltaFeedback f : run.feedback()) {
      assertEquals(DeltaStatus.APPLY_FAILED, f.status());
      assertTrue(f.msg().contains("pg service 'fieldcloud_deltas_test' is not defined"), f.msg());
    }
    assertNull(run.feedback().get(0).modifiedPk());
    assertEquals("1", text("SELECT ST_X(geom)::int FROM points_xy WHERE fid = 1"));
  }
}

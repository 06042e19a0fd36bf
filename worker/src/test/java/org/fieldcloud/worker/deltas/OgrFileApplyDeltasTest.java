package org.fieldcloud.worker.deltas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.deltas.apply.ApplyOptions;
import org.fieldcloud.worker.deltas.apply.ApplyRun;
import org.fieldcloud.worker.deltas.apply.DeltaApplier;
import org.fieldcloud.worker.deltas.apply.DeltaFeedback;
import org.fieldcloud.worker.deltas.apply.DeltaStatus;
import org.fieldcloud.worker.deltas.project.ProjectLayers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV layer of the fixture project, edited through GDAL (ogr2ogr) and written back. */
class OgrFileApplyDeltasTest {

  @TempDir Path dir;

  @BeforeEach
  void copyFixture() {
    Fixtures.copyProject(dir);
  }

  private ApplyRun apply(String fixture, boolean overwrite) throws Exception {
    return new DeltaApplier(new ApplyOptions(overwrite, Map.of()))
        .apply(Fixtures.read(fixture), ProjectLayers.read(dir.resolve("project.qgs")));
  }

  private String csv() throws Exception {
    return Files.readString(dir.resolve("nonspatial.csv"));
  }

  /** The reference test's expectation, to the byte. */
  @Test
  void nonspatialCsvPatchCreatePatch() throws Exception {
    ApplyRun run = apply("nonspatial.json", true);
    assertEquals(
        List.of(DeltaStatus.APPLIED, DeltaStatus.APPLIED, DeltaStatus.APPLIED),
        run.feedback().stream().map(DeltaFeedback::status).toList(),
        () -> run.feedback().toString());
    assertEquals("2", run.feedback().get(1).modifiedPk());
    assertEquals("fid,col1\n\"1\",qux\n\"2\",newfeature\n", csv());
  }

  @Test
  void emptyGeometryStringIsIgnoredOnANonSpatialLayer() throws Exception {
    ApplyRun run = apply("nonspatial_geom_empty_str.json", false);
    assertEquals(DeltaStatus.APPLIED, run.feedback().get(0).status(), run.feedback().toString());
    assertEquals("fid,col1\n\"1\",new_value\n", csv());
  }

  @Test
  void conflictLeavesTheCsvUntouched() throws Exception {
    byte[] before = Files.readAllBytes(dir.resolve("nonspatial.csv"));
    ApplyRun run = apply("nonspatial.json", false);
    assertEquals(DeltaStatus.CONFLICT, run.feedback().get(0).status());
    assertEquals(
        List.of("The attribute \"col1\" that has a conflict:\n-foo\n+bar"),
        run.feedback().get(0).conflicts());
    assertEquals(DeltaStatus.APPLIED, run.feedback().get(1).status());
    assertEquals(DeltaStatus.CONFLICT, run.feedback().get(2).status());
    assertEquals("fid,col1\n\"1\",foo\n\"2\",newfeature\n", csv());
    assertTrue(before.length < Files.size(dir.resolve("nonspatial.csv")));
  }

  @Test
  void nothingChangedMeansTheFileIsNotRewritten() throws Exception {
    byte[] before = Files.readAllBytes(dir.resolve("points.geojson"));
    ApplyRun run = apply("multilayer_multidelta_delete.json", false);
    // fid 2000 is not in points.geojson: not applied, and the file stays as it was
    assertEquals(DeltaStatus.APPLY_FAILED, run.feedback().get(1).status());
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("points.geojson")));
  }
}

package org.fieldcloud.packages.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageLayersTest {

  @Test
  void version2FeedbackGivesTheLayersOfTheOriginalProject() {
    var layers =
        PackageLayers.of(FeedbackFixtures.text("package_simple_bee_farming.json")).orElseThrow();
    assertEquals(3, layers.size());
    var apiary = layers.getJsonObject("apiary_27954fba_aad8_4336_8b19_23afed462c51");
    assertEquals("Apiary", apiary.getString("name"));
    assertTrue(apiary.getBoolean("is_valid"));
    assertEquals("no_error", apiary.getString("error_code"));
  }

  @Test
  void legacyFeedbackReadsTheLayerChecksOfTheSecondStep() {
    String legacy =
        """
        {"steps": [{"outputs": {}}, {"outputs": {"layer_checks": {"l1": {"name": "a"}}}}]}
        """;
    assertEquals(Set.of("l1"), PackageLayers.of(legacy).orElseThrow().keySet());
    assertFalse(PackageLayers.of("{\"steps\": []}").isPresent());
  }

  @Test
  void missingFeedbackOrOutputsGiveNoLayers() {
    assertFalse(PackageLayers.of(null).isPresent());
    assertFalse(PackageLayers.of("{\"feedback_version\": \"3.0\", \"outputs\": {}}").isPresent());
  }

  @Test
  void unknownVersionIsAnError() {
    assertThrows(
        IllegalStateException.class, () -> PackageLayers.of("{\"feedback_version\": \"9.0\"}"));
  }

  @Test
  void attachmentsArePlainPrefixes() {
    assertTrue(LatestPackages.isAttachment("DCIM/1.jpg", java.util.List.of("DCIM")));
    assertTrue(LatestPackages.isAttachment("DCIMx.jpg", java.util.List.of("DCIM")));
    assertFalse(LatestPackages.isAttachment("data.gpkg", java.util.List.of("DCIM")));
  }
}

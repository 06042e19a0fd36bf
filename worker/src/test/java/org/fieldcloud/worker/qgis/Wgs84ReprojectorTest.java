package org.fieldcloud.worker.qgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Wgs84ReprojectorTest {

  private final Wgs84Reprojector reprojector = new Wgs84Reprojector();

  @Test
  void webMercatorToWgs84() {
    Extent extent =
        reprojector
            .toWgs84(new Extent(1030024.349, 5910256.517, 1030897.679, 5911169.318), "EPSG:3857")
            .orElseThrow();
    assertEquals(9.2529, extent.xmin(), 1e-3);
    assertEquals(46.8047, extent.ymin(), 1e-3);
    assertEquals(9.2607, extent.xmax(), 1e-3);
  }

  @Test
  void swissGridToWgs84() {
    Extent extent =
        reprojector
            .toWgs84(new Extent(2600000, 1200000, 2601000, 1201000), "EPSG:2056")
            .orElseThrow();
    assertEquals(7.4386, extent.xmin(), 1e-3);
    assertEquals(46.9511, extent.ymin(), 1e-3);
  }

  @Test
  void extentBeyondTheProjectionGivesNothing() {
    assertTrue(reprojector.toWgs84(new Extent(-1e7, -2.4e8, 1e7, 1e7), "EPSG:3857").isEmpty());
    assertTrue(reprojector.toWgs84(new Extent(0, 0, 1, 1), "EPSG:999999").isEmpty());
    assertTrue(reprojector.toWgs84(new Extent(0, 0, 0, 0), "EPSG:4326").isEmpty());
  }

  @Test
  void wktPolygonCornerOrder() {
    assertEquals("POLYGON((1 2, 3 2, 3 4, 1 4, 1 2))", new Extent(1, 2, 3, 4).toWktPolygon());
  }
}

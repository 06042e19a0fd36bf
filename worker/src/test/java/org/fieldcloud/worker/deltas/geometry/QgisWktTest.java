package org.fieldcloud.worker.deltas.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

class QgisWktTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POINT (666 0)|POINT (666 0)",
        "Point (1.5 -2)|POINT (1.5 -2)",
        "POINTZ (666 0 nan)|POINT Z (666 0 0)",
        "POINTZ (666 0)|POINT Z (666 0 0)",
        "PointZ (1 2 3)|POINT Z (1 2 3)",
        "POINT Z (1 2 3)|POINT Z (1 2 3)",
        "POINT (1 2 3)|POINT Z (1 2 3)",
        "POINTZM (666 0)|POINT ZM (666 0 0 0)",
        "POINTZM (666 0 nan nan)|POINT ZM (666 0 0 0)",
        "POINTM (1 2 3)|POINT M (1 2 3)",
        "LineStringZ (0 0 1, 1 1 2)|LINESTRING Z (0 0 1, 1 1 2)",
        "POLYGON ((2 2, 5 2, 5 5, 2 5, 2 2 ))|POLYGON ((2 2, 5 2, 5 5, 2 5, 2 2))",
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)),((5 5, 6 5, 6 6, 5 5)))"
            + "|MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "MULTIPOINT ((1 2), (3 4))|MULTIPOINT ((1 2), (3 4))",
        "MULTIPOINT (1 2, 3 4)|MULTIPOINT (1 2, 3 4)",
        "POINT EMPTY|POINT EMPTY",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"
            + "|GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"
      })
  void normalizesQgisWkt(String input, String normalized) throws Exception {
    assertEquals(normalized, QgisWkt.parse(input).normalizedWkt());
  }

  @Test
  void keepsZAndMValues() throws Exception {
    ParsedGeometry p = QgisWkt.parse("POINTZM (1 2 3 4)");
    assertTrue(p.hasZ());
    assertTrue(p.hasM());
    assertEquals(3, p.geometry().getCoordinate().getZ(), 0);
    assertEquals(4, p.geometry().getCoordinate().getM(), 0);
    ParsedGeometry xy = QgisWkt.parse("POINT (1 2)");
    assertFalse(xy.hasZ());
    assertFalse(xy.hasM());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POLYGON((1 1, 2 1, 2 2, 1 2, 1 1))'|unexpected text after the geometry",
        "POINT (1 2|')' expected",
        "POINT (1)|at least x and y",
        "POINT (a b)|'a' is not a number",
        "POINTZ (1 2 3 4)|the type declares 3",
        "POLYGON ((0 0, 1 0, 1 1))|closed linestring",
        "BLOB (1 2)|unknown geometry type BLOB",
        "CIRCULARSTRING (0 0, 1 1, 2 0)|CIRCULARSTRING is not supported",
        "CompoundCurveZ ((0 0 0, 1 1 1))|COMPOUNDCURVE is not supported",
        "' '|Empty WKT string!"
      })
  void refusesMalformedText(String input, String message) {
    var e = assertThrows(MalformedGeometryException.class, () -> QgisWkt.parse(input));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void gpkgBlobRoundTripsWithEnvelope() throws Exception {
    Geometry poly = QgisWkt.parse("POLYGON ((666 666, 5 2, 5 5, 2 5, 666 666))").geometry();
    byte[] blob = GpkgGeometry.encode(poly, 4326, false, false);
    assertEquals('G', blob[0]);
    assertEquals(0x03, blob[3], "little endian + XY envelope");
    assertEquals(4326, GpkgGeometry.srsId(blob));
    assertArrayEquals(new double[] {2, 666, 2, 666}, GpkgGeometry.envelope(blob), 0);
    assertTrue(poly.equalsExact(GpkgGeometry.decode(blob)));
    byte[] point = GpkgGeometry.encode(QgisWkt.parse("POINT (7 8)").geometry(), 4326, true, false);
    assertEquals(0x01, point[3], "points carry no envelope, as GDAL writes them");
    assertArrayEquals(new double[] {7, 7, 8, 8}, GpkgGeometry.envelope(point), 0);
    byte[] empty = GpkgGeometry.encode(QgisWkt.parse("POINT EMPTY").geometry(), 4326, false, false);
    assertTrue(GpkgGeometry.isEmptyFlag(empty));
  }
}

package org.fieldcloud.worker.deltas.geometry;

import java.io.ByteArrayOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Little-endian ISO WKB (type codes 1001/2001/3001 for Z/M/ZM), which GeoPackage requires. JTS's
 * own writer emits the EWKB flag bits instead. The output dimensions are the layer's, not the
 * input's: a missing Z or M is written as 0, a surplus one is dropped.
 */
public final class IsoWkbWriter {

  private final boolean z;
  private final boolean m;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

  private IsoWkbWriter(boolean z, boolean m) {
    this.z = z;
    this.m = m;
  }

  public static byte[] write(Geometry g, boolean z, boolean m) {
    IsoWkbWriter w = new IsoWkbWriter(z, m);
    w.geometry(g);
    return w.out.toByteArray();
  }

  private void geometry(Geometry g) {
    out.write(1); // little endian
    if (g instanceof Point p) {
      header(1);
      if (p.isEmpty()) {
        coordinate(new Coordinate(Double.NaN, Double.NaN, Double.NaN), true);
      } else {
        coordinate(p.getCoordinateSequence(), 0);
      }
    } else if (g instanceof LineString ls) {
      header(2);
      sequence(ls.getCoordinateSequence());
    } else if (g instanceof Polygon poly) {
      header(3);
      if (poly.isEmpty()) {
        int32(0);
        return;
      }
      int32(1 + poly.getNumInteriorRing());
      sequence(poly.getExteriorRing().getCoordinateSequence());
      for (int i = 0; i < poly.getNumInteriorRing(); i++) {
        sequence(poly.getInteriorRingN(i).getCoordinateSequence());
      }
    } else if (g instanceof GeometryCollection gc) {
      int type =
          g instanceof MultiPoint
              ? 4
              : g instanceof MultiLineString ? 5 : g instanceof MultiPolygon ? 6 : 7;
      header(type);
      int32(gc.getNumGeometries());
      for (int i = 0; i < gc.getNumGeometries(); i++) {
        geometry(gc.getGeometryN(i));
      }
    } else {
      throw new IllegalArgumentException("Unsupported geometry " + g.getGeometryType());
    }
  }

  private void header(int base) {
    int code = base + (z && m ? 3000 : z ? 1000 : m ? 2000 : 0);
    int32(code);
  }

  private void sequence(CoordinateSequence seq) {
    int32(seq.size());
    for (int i = 0; i < seq.size(); i++) {
      coordinate(seq, i);
    }
  }

  private void coordinate(CoordinateSequence seq, int i) {
    double zv = seq.hasZ() ? seq.getZ(i) : Double.NaN;
    double mv = seq.hasM() ? seq.getM(i) : Double.NaN;
    float64(seq.getX(i));
    float64(seq.getY(i));
    if (z) {
      float64(Double.isNaN(zv) ? 0 : zv);
    }
    if (m) {
      float64(Double.isNaN(mv) ? 0 : mv);
    }
  }

  private void coordinate(Coordinate c, boolean empty) {
    float64(c.x);
    float64(c.y);
    if (z) {
      float64(empty ? Double.NaN : c.getZ());
    }
    if (m) {
      float64(empty ? Double.NaN : c.getM());
    }
  }

  private void int32(int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private void float64(double d) {
    long v = Double.doubleToLongBits(d);
    for (int i = 0; i < 8; i++) {
      out.write((int) (v >>> (8 * i)));
    }
  }
}

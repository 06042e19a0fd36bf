package org.fieldcloud.worker.deltas.geometry;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Computes the XY envelope of a WKB geometry (ISO or EWKB dimension flags) without building
 * objects. The rtree triggers call this for every inserted or updated row whose blob carries no
 * envelope (points), so it stays allocation-free.
 */
final class WkbEnvelope {

  private final ByteBuffer buf;
  private double minX = Double.POSITIVE_INFINITY;
  private double maxX = Double.NEGATIVE_INFINITY;
  private double minY = Double.POSITIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;

  private WkbEnvelope(byte[] wkb, int offset) {
    this.buf = ByteBuffer.wrap(wkb);
    buf.position(offset);
  }

  /** minX, maxX, minY, maxY; {@code null} when there is no non-NaN coordinate. */
  static double[] of(byte[] wkb, int offset) {
    WkbEnvelope e = new WkbEnvelope(wkb, offset);
    e.geometry();
    if (e.minX > e.maxX) {
      return null;
    }
    return new double[] {e.minX, e.maxX, e.minY, e.maxY};
  }

  private void geometry() {
    buf.order(buf.get() == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int raw = buf.getInt();
    boolean z = (raw & 0x80000000) != 0;
    boolean m = (raw & 0x40000000) != 0;
    int type = raw & 0xFFFF;
    if (type >= 1000) {
      int dims = type / 1000;
      z |= dims == 1 || dims == 3;
      m |= dims == 2 || dims == 3;
      type %= 1000;
    }
    int extra = (z ? 1 : 0) + (m ? 1 : 0);
    switch (type) {
      case 1 -> point(extra);
      case 2 -> points(buf.getInt(), extra);
      case 3 -> {
        int rings = buf.getInt();
        for (int r = 0; r < rings; r++) {
          points(buf.getInt(), extra);
        }
      }
      case 4, 5, 6, 7 -> {
        int n = buf.getInt();
        for (int i = 0; i < n; i++) {
          geometry();
        }
      }
      default -> throw new IllegalArgumentException("Unsupported WKB geometry type " + raw);
    }
  }

  private void points(int n, int extra) {
    for (int i = 0; i < n; i++) {
      point(extra);
    }
  }

  private void point(int extra) {
    double x = buf.getDouble();
    double y = buf.getDouble();
    for (int i = 0; i < extra; i++) {
      buf.getDouble();
    }
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return;
    }
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
}

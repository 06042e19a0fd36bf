package org.fieldcloud.worker.qgis;

import java.util.Locale;

/** An axis-aligned rectangle in some CRS, as QGIS stores map and layer extents. */
public record Extent(double xmin, double ymin, double xmax, double ymax) {

  public boolean isEmpty() {
    return !(xmax > xmin && ymax > ymin);
  }

  public boolean isFinite() {
    return Double.isFinite(xmin)
        && Double.isFinite(ymin)
        && Double.isFinite(xmax)
        && Double.isFinite(ymax);
  }

  public Extent union(Extent other) {
    if (other == null || other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Extent(
        Math.min(xmin, other.xmin),
        Math.min(ymin, other.ymin),
        Math.max(xmax, other.xmax),
        Math.max(ymax, other.ymax));
  }

  /** The rectangle as a closed WKT polygon, corner order as QGIS's asWktPolygon. */
  public String toWktPolygon() {
    return String.format(
        Locale.ROOT,
        "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
        num(xmin),
        num(ymin),
        num(xmax),
        num(ymin),
        num(xmax),
        num(ymax),
        num(xmin),
        num(ymax),
        num(xmin),
        num(ymin));
  }

  private static String num(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

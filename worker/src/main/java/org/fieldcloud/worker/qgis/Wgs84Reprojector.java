package org.fieldcloud.worker.qgis;

import java.util.Optional;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects extents to EPSG:4326 without QGIS (proj4j). Like QGIS's transformBoundingBox it
 * samples the edges, not only the corners. An extent outside the source CRS's valid area (e.g. the
 * bogus canvas of {@code project_with_invalid_extent.qgs}) gives no result: such coordinates do not
 * survive the transformation back.
 */
public final class Wgs84Reprojector {

  private static final int SAMPLES_PER_EDGE = 20;
  private static final String WGS84 = "EPSG:4326";

  private final CRSFactory crsFactory = new CRSFactory();
  private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();

  public Optional<Extent> toWgs84(Extent extent, String sourceAuthid) {
    if (extent == null || extent.isEmpty() || !extent.isFinite() || sourceAuthid == null) {
      return Optional.empty();
    }
    if (WGS84.equalsIgnoreCase(sourceAuthid)) {
      return withinWorld(extent) ? Optional.of(extent) : Optional.empty();
    }
    CoordinateTransform forward;
    CoordinateTransform backward;
    try {
      CoordinateReferenceSystem source = crsFactory.createFromName(sourceAuthid);
      CoordinateReferenceSystem target = crsFactory.createFromName(WGS84);
      forward = transforms.createTransform(source, target);
      backward = transforms.createTransform(target, source);
    } catch (RuntimeException unknownCrs) {
      return Optional.empty();
    }
    double xmin = Double.POSITIVE_INFINITY;
    double ymin = Double.POSITIVE_INFINITY;
    double xmax = Double.NEGATIVE_INFINITY;
    double ymax = Double.NEGATIVE_INFINITY;
    // proj4j's round trip is good to about a millimetre; coordinates outside the CRS's area
    // come back off by orders of magnitude more.
    double tolerance =
        1e-3 * Math.max(extent.xmax() - extent.xmin(), extent.ymax() - extent.ymin()) + 1e-2;
    for (int i = 0; i <= SAMPLES_PER_EDGE; i++) {
      double fx = extent.xmin() + (extent.xmax() - extent.xmin()) * i / SAMPLES_PER_EDGE;
      double fy = extent.ymin() + (extent.ymax() - extent.ymin()) * i / SAMPLES_PER_EDGE;
      double[][] points = {
        {fx, extent.ymin()}, {fx, extent.ymax()}, {extent.xmin(), fy}, {extent.xmax(), fy}
      };
      for (double[] point : points) {
        ProjCoordinate out = new ProjCoordinate();
        ProjCoordinate back = new ProjCoordinate();
        try {
          forward.transform(new ProjCoordinate(point[0], point[1]), out);
          backward.transform(new ProjCoordinate(out.x, out.y), back);
        } catch (RuntimeException outsideProjection) {
          return Optional.empty();
        }
        if (!Double.isFinite(out.x)
            || !Double.isFinite(out.y)
            || Math.abs(back.x - point[0]) > tolerance
            || Math.abs(back.y - point[1]) > tolerance) {
          return Optional.empty();
        }
        xmin = Math.min(xmin, out.x);
        ymin = Math.min(ymin, out.y);
        xmax = Math.max(xmax, out.x);
        ymax = Math.max(ymax, out.y);
      }
    }
    Extent result = new Extent(xmin, ymin, xmax, ymax);
    return withinWorld(result) ? Optional.of(result) : Optional.empty();
  }

  private static boolean withinWorld(Extent extent) {
    return extent.xmin() >= -180.000001
        && extent.xmax() <= 180.000001
        && extent.ymin() >= -90.000001
        && extent.ymax() <= 90.000001;
  }
}

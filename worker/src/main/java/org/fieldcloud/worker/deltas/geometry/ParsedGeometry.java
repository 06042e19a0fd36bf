package org.fieldcloud.worker.deltas.geometry;

import org.locationtech.jts.geom.Geometry;

/**
 * A delta geometry after QGIS-style normalisation.
 *
 * @param normalizedWkt OGC WKT with {@code nan} replaced by 0 and missing Z/M ordinates padded with
 *     0; what PostGIS receives
 * @param hasZ whether the text declared or carried Z values
 * @param hasM whether the text declared M values
 */
public record ParsedGeometry(Geometry geometry, String normalizedWkt, boolean hasZ, boolean hasM) {}

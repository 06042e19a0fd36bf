package org.fieldcloud.worker.deltas.deltafile;

import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The {@code old} or {@code new} side of a delta ({@code delta_method_descr} in the schema).
 *
 * @param geometryPresent whether the key {@code geometry} was in the JSON at all; a patch without
 *     it leaves the geometry alone
 * @param geometryWkt the WKT as sent (QGIS style, may hold {@code nan} and Z/M tags), {@code null}
 *     for JSON null
 * @param attributes field name to JSON value, in the order sent
 * @param filesSha256 attachment path to lower-case hex SHA-256, or {@code null} when the client did
 *     not have the file
 */
public record FeatureState(
    boolean geometryPresent,
    String geometryWkt,
    Map<String, JsonValue> attributes,
    Map<String, String> filesSha256,
    boolean snapshot) {

  public static final FeatureState ABSENT =
      new FeatureState(false, null, Map.of(), Map.of(), false);

  public boolean hasGeometryText() {
    return geometryPresent && geometryWkt != null;
  }
}

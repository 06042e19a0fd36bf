package org.fieldcloud.worker.projectfile;

import java.util.Map;

/**
 * QGIS enum values the reference reports as numbers: layer type ({@code Qgis.LayerType}), WKB type
 * ({@code QgsWkbTypes.Type}) and geometry type ({@code QgsWkbTypes.GeometryType}).
 */
final class LayerTypes {

  private LayerTypes() {}

  private static final Map<String, Integer> LAYER_TYPES =
      Map.of(
          "vector", 0,
          "raster", 1,
          "plugin", 2,
          "mesh", 3,
          "vector-tile", 4,
          "annotation", 5,
          "point-cloud", 6,
          "group", 7);

  private static final Map<String, String> LAYER_TYPE_NAMES =
      Map.of(
          "vector", "Vector",
          "raster", "Raster",
          "plugin", "Plugin",
          "mesh", "Mesh",
          "vector-tile", "VectorTile",
          "annotation", "Annotation",
          "point-cloud", "PointCloud",
          "group", "Group");

  private static final Map<String, Integer> FLAT_WKB =
      Map.ofEntries(
          Map.entry("Unknown", 0),
          Map.entry("Point", 1),
          Map.entry("LineString", 2),
          Map.entry("Polygon", 3),
          Map.entry("MultiPoint", 4),
          Map.entry("MultiLineString", 5),
          Map.entry("MultiPolygon", 6),
          Map.entry("GeometryCollection", 7),
          Map.entry("CircularString", 8),
          Map.entry("CompoundCurve", 9),
          Map.entry("CurvePolygon", 10),
          Map.entry("MultiCurve", 11),
          Map.entry("MultiSurface", 12),
          Map.entry("Triangle", 17),
          Map.entry("NoGeometry", 100));

  static Integer layerType(String xmlType) {
    return LAYER_TYPES.get(xmlType);
  }

  static String layerTypeName(String xmlType) {
    return LAYER_TYPE_NAMES.getOrDefault(xmlType, xmlType);
  }

  /** The numeric WKB type of a name like {@code PointZM}; null if unknown. */
  static Integer wkbType(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    String flat = name;
    int offset = 0;
    if (name.endsWith("ZM")) {
      flat = name.substring(0, name.length() - 2);
      offset = 3000;
    } else if (name.endsWith("Z")) {
      flat = name.substring(0, name.length() - 1);
      offset = 1000;
    } else if (name.endsWith("M")) {
      flat = name.substring(0, name.length() - 1);
      offset = 2000;
    }
    Integer base = FLAT_WKB.get(flat);
    if (base == null) {
      return null;
    }
    return base == 0 || base == 100 ? base : base + offset;
  }

  /** Geometry type (0 Point, 1 Line, 2 Polygon, 3 Unknown, 4 Null) of a WKB type number. */
  static int geometryType(int wkbType) {
    int flat = wkbType % 1000;
    return switch (flat) {
      case 1, 4 -> 0;
      case 2, 5, 8, 9, 11 -> 1;
      case 3, 6, 10, 12, 17 -> 2;
      case 100 -> 4;
      default -> 3;
    };
  }

  /** Geometry type from the older {@code geometry} attribute of a maplayer. */
  static Integer geometryTypeOfAttribute(String geometry) {
    return switch (geometry == null ? "" : geometry) {
      case "Point" -> 0;
      case "Line" -> 1;
      case "Polygon" -> 2;
      case "No geometry" -> 4;
      case "" -> null;
      default -> 3;
    };
  }

  static String geometryTypeName(Integer geometryType) {
    if (geometryType == null) {
      return "";
    }
    return switch (geometryType) {
      case 0 -> "Point";
      case 1 -> "Line";
      case 2 -> "Polygon";
      case 4 -> "Null";
      default -> "Unknown";
    };
  }
}

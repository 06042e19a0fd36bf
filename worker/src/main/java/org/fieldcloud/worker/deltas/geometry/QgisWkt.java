package org.fieldcloud.worker.deltas.geometry;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads the WKT QGIS writes ({@code asWkt()}): type names with glued dimension tags ({@code
 * PointZ}, {@code LineStringZM}), {@code nan} ordinates, and tuples with fewer ordinates than the
 * tag declares ({@code POINTZ (666 0)}). The reference worker turns {@code nan} into 0; missing
 * ordinates become 0 as well. Curved types are refused: JTS has none and the GeoPackage/PostGIS
 * writers here would have to linearise them silently.
 */
public final class QgisWkt {

  private static final Pattern HEADER =
      Pattern.compile(
          "^([A-Za-z]+?)\\s*(ZM|Z|M)?\\s*(\\(.*\\)|EMPTY)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Set<String> LINEAR_TYPES =
      Set.of(
          "POINT",
          "LINESTRING",
          "POLYGON",
          "MULTIPOINT",
          "MULTILINESTRING",
          "MULTIPOLYGON",
          "GEOMETRYCOLLECTION");
  private static final Set<String> CURVED_TYPES =
      Set.of(
          "CIRCULARSTRING",
          "COMPOUNDCURVE",
          "CURVEPOLYGON",
          "MULTICURVE",
          "MULTISURFACE",
          "CURVE",
          "SURFACE",
          "POLYHEDRALSURFACE",
          "TIN",
          "TRIANGLE");
  private static final Pattern TUPLE = Pattern.compile("[^(),]+");
  private static final Pattern NAN = Pattern.compile("(?i)(?<![A-Za-z0-9.])-?nan(?![A-Za-z0-9])");

  private QgisWkt() {}

  public static ParsedGeometry parse(String wkt) throws MalformedGeometryException {
    if (wkt == null) {
      throw new MalformedGeometryException("No WKT string");
    }
    String text = wkt.strip();
    if (text.isEmpty()) {
      throw new MalformedGeometryException("Empty WKT string!");
    }
    Matcher m = HEADER.matcher(text);
    if (!m.matches()) {
      throw new MalformedGeometryException("Malformed WKT: " + abbreviate(text));
    }
    String type = m.group(1).toUpperCase(Locale.ROOT);
    String tag = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
    String body = m.group(3);
    if (CURVED_TYPES.contains(type)) {
      throw new MalformedGeometryException(
          "Curved geometry type " + type + " is not supported by this worker");
    }
    if (!LINEAR_TYPES.contains(type)) {
      throw new MalformedGeometryException("Unknown geometry type in WKT: " + abbreviate(text));
    }
    boolean declaredZ = tag.contains("Z");
    boolean declaredM = tag.contains("M");
    String normalizedBody;
    if (type.equals("GEOMETRYCOLLECTION") || body.equalsIgnoreCase("EMPTY")) {
      normalizedBody = NAN.matcher(body).replaceAll("0");
    } else {
      int expected = tag.isEmpty() ? -1 : 2 + (declaredZ ? 1 : 0) + (declaredM ? 1 : 0);
      normalizedBody = normalizeTuples(body, expected, text);
    }
    String normalized = type + (tag.isEmpty() ? "" : " " + tag) + " " + normalizedBody;
    Geometry g;
    try {
      g = new WKTReader().read(normalized);
    } catch (ParseException | IllegalArgumentException e) {
      throw new MalformedGeometryException(
          "Malformed WKT: " + e.getMessage() + " in " + abbreviate(text));
    }
    boolean hasZ = declaredZ || (tag.isEmpty() && carriesZ(g));
    return new ParsedGeometry(g, normalized, hasZ, declaredM);
  }

  private static String normalizeTuples(String body, int expected, String original)
      throws MalformedGeometryException {
    Matcher t = TUPLE.matcher(body);
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      String tuple = t.group();
      String replacement;
      if (tuple.isBlank() || tuple.strip().equalsIgnoreCase("EMPTY")) {
        replacement = tuple;
      } else {
        String[] tokens = tuple.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (String token : tokens) {
          String v = token;
          if (v.equalsIgnoreCase("nan") || v.equalsIgnoreCase("-nan")) {
            v = "0";
          } else {
            try {
              double d = Double.parseDouble(v);
              if (Double.isInfinite(d)) {
                throw new NumberFormatException();
              }
            } catch (NumberFormatException e) {
              throw new MalformedGeometryException(
                  "Malformed WKT: '" + token + "' is not a number in " + abbreviate(original));
            }
          }
          if (count > 0) {
            sb.append(' ');
          }
          sb.append(v);
          count++;
        }
        if (expected > 0 && count > expected) {
          throw new MalformedGeometryException(
              "Malformed WKT: a coordinate has "
                  + count
                  + " ordinates, the type declares "
                  + expected
                  + " in "
                  + abbreviate(original));
        }
        if (count < 2) {
          throw new MalformedGeometryException(
              "Malformed WKT: a coordinate needs at least x and y in " + abbreviate(original));
        }
        for (; expected > 0 && count < expected; count++) {
          sb.append(" 0");
        }
        String lead = tuple.startsWith(" ") ? " " : "";
        replacement = lead + sb;
      }
      t.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    t.appendTail(out);
    return out.toString();
  }

  private static boolean carriesZ(Geometry g) {
    for (var c : g.getCoordinates()) {
      if (!Double.isNaN(c.getZ())) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}

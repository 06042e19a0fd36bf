package org.fieldcloud.worker.deltas.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.CoordinateXYM;
import org.locationtech.jts.geom.CoordinateXYZM;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the WKT QGIS writes ({@code asWkt()}): type names with glued dimension tags ({@code
 * PointZ}, {@code LineStringZM}), {@code nan} ordinates, and tuples with fewer ordinates than the
 * tag declares ({@code POINTZ (666 0)}). The reference worker turns {@code nan} into 0; missing
 * ordinates become 0 as well. Curved types are refused: JTS has none and the writers here would
 * have to linearise them silently. Anything after the geometry (such as a stray quote) makes the
 * text malformed.
 *
 * <p>A small recursive-descent parser rather than JTS's {@code WKTReader}: it accepts the QGIS
 * spellings directly, emits the normalised OGC text for PostGIS in the same pass, and is several
 * times faster, which matters when a deltafile holds thousands of geometries.
 */
public final class QgisWkt {

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
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private final String text;
  private final StringBuilder out;
  private int pos;
  private boolean sawZ;
  private boolean sawM;

  private QgisWkt(String text) {
    this.text = text;
    this.out = new StringBuilder(text.length() + 8);
  }

  public static ParsedGeometry parse(String wkt) throws MalformedGeometryException {
    if (wkt == null) {
      throw new MalformedGeometryException("No WKT string");
    }
    String t = wkt.strip();
    if (t.isEmpty()) {
      throw new MalformedGeometryException("Empty WKT string!");
    }
    QgisWkt p = new QgisWkt(t);
    Geometry g = p.geometry();
    p.skipSpaces();
    if (p.pos != t.length()) {
      throw p.error("unexpected text after the geometry");
    }
    return new ParsedGeometry(g, p.out.toString(), p.sawZ, p.sawM);
  }

  /** Dimensions of the geometry being read: declared by the tag, or -1 until the first tuple. */
  private static final class Dims {
    boolean tagged;
    boolean z;
    boolean m;
  }

  private Geometry geometry() throws MalformedGeometryException {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos).toUpperCase(Locale.ROOT);
    if (word.isEmpty()) {
      throw error("a geometry type is expected");
    }
    Dims dims = new Dims();
    String type = word;
    // glued tags: POINTZ, LINESTRINGZM, POINTM (no linear type name ends in Z or M)
    if (type.endsWith("ZM")) {
      type = type.substring(0, type.length() - 2);
      dims.tagged = dims.z = dims.m = true;
    } else if (type.endsWith("Z")) {
      type = type.substring(0, type.length() - 1);
      dims.tagged = dims.z = true;
    } else if (type.endsWith("M") && !type.equals("M")) {
      type = type.substring(0, type.length() - 1);
      dims.tagged = dims.m = true;
    }
    if (CURVED_TYPES.contains(type) || CURVED_TYPES.contains(word)) {
      throw new MalformedGeometryException(
          "Curved geometry type " + type + " is not supported by this worker");
    }
    if (!dims.tagged) {
      skipSpaces();
      String tag = peekWord();
      if (tag.equals("ZM") || tag.equals("Z") || tag.equals("M")) {
        pos += tag.length();
        dims.tagged = true;
        dims.z = tag.contains("Z");
        dims.m = tag.contains("M");
      }
    }
    out.append(type);
    int tagAt = out.length();
    out.append(' ');
    skipSpaces();
    Geometry g;
    if (peekWord().equals("EMPTY")) {
      pos += 5;
      out.append("EMPTY");
      g = empty(type);
    } else {
      g =
          switch (type) {
            case "POINT" -> {
              open();
              Coordinate c = coordinate(dims);
              close();
              yield FACTORY.createPoint(c);
            }
            case "LINESTRING" -> FACTORY.createLineString(coordinateList(dims));
            case "POLYGON" -> polygon(dims);
            case "MULTIPOINT" -> multiPoint(dims);
            case "MULTILINESTRING" -> {
              List<LineString> parts = new ArrayList<>();
              open();
              do {
                parts.add(FACTORY.createLineString(coordinateList(dims)));
              } while (comma());
              close();
              yield FACTORY.createMultiLineString(parts.toArray(LineString[]::new));
            }
            case "MULTIPOLYGON" -> {
              List<Polygon> parts = new ArrayList<>();
              open();
              do {
                parts.add(polygon(dims));
              } while (comma());
              close();
              yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            case "GEOMETRYCOLLECTION" -> {
              List<Geometry> parts = new ArrayList<>();
              open();
              do {
                parts.add(geometry());
              } while (comma());
              close();
              yield FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
            }
            default -> throw error("unknown geometry type " + word);
          };
    }
    if (dims.z || dims.m) {
      out.insert(tagAt, dims.z && dims.m ? " ZM" : dims.z ? " Z" : " M");
    }
    sawZ |= dims.z;
    sawM |= dims.m;
    return g;
  }

  private static Geometry empty(String type) throws MalformedGeometryException {
    return switch (type) {
      case "POINT" -> FACTORY.createPoint();
      case "LINESTRING" -> FACTORY.createLineString();
      case "POLYGON" -> FACTORY.createPolygon();
      case "MULTIPOINT" -> FACTORY.createMultiPoint();
      case "MULTILINESTRING" -> FACTORY.createMultiLineString();
      case "MULTIPOLYGON" -> FACTORY.createMultiPolygon();
      case "GEOMETRYCOLLECTION" -> FACTORY.createGeometryCollection();
      default -> throw new MalformedGeometryException("Malformed WKT: unknown type " + type);
    };
  }

  private Polygon polygon(Dims dims) throws MalformedGeometryException {
    open();
    List<LinearRing> rings = new ArrayList<>();
    do {
      Coordinate[] coords = coordinateList(dims);
      try {
        rings.add(FACTORY.createLinearRing(coords));
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    } while (comma());
    close();
    return FACTORY.createPolygon(
        rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
  }

  private Geometry multiPoint(Dims dims) throws MalformedGeometryException {
    open();
    List<Point> points = new ArrayList<>();
    do {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == '(') {
        open();
        points.add(FACTORY.createPoint(coordinate(dims)));
        close();
      } else {
        points.add(FACTORY.createPoint(coordinate(dims)));
      }
    } while (comma());
    close();
    return FACTORY.createMultiPoint(points.toArray(Point[]::new));
  }

  private Coordinate[] coordinateList(Dims dims) throws MalformedGeometryException {
    open();
    List<Coordinate> list = new ArrayList<>();
    do {
      list.add(coordinate(dims));
    } while (comma());
    close();
    return list.toArray(Coordinate[]::new);
  }

  /** x y [z] [m]; nan becomes 0, ordinates the tag declares but the tuple lacks become 0. */
  private Coordinate coordinate(Dims dims) throws MalformedGeometryException {
    double[] v = new double[4];
    int n = 0;
    while (true) {
      skipSpaces();
      if (pos >= text.length() || ",()".indexOf(text.charAt(pos)) >= 0) {
        break;
      }
      if (n == 4) {
        throw error("a coordinate has more than 4 ordinates");
      }
      v[n++] = number();
      if (n > 1) {
        out.append(' ');
      }
      out.append(formatOrdinate(v[n - 1]));
    }
    if (n < 2) {
      throw error("a coordinate needs at least x and y");
    }
    int expected = 2 + (dims.z ? 1 : 0) + (dims.m ? 1 : 0);
    if (!dims.tagged) {
      // untagged: the first tuple decides (3 = Z, 4 = ZM), as OGC and QGIS read it
      dims.tagged = true;
      dims.z = n >= 3;
      dims.m = n == 4;
      expected = n;
    }
    if (n > expected) {
      throw error("a coordinate has " + n + " ordinates, the type declares " + expected);
    }
    for (; n < expected; n++) {
      out.append(" 0");
    }
    if (dims.z && dims.m) {
      return new CoordinateXYZM(v[0], v[1], v[2], v[3]);
    }
    if (dims.z) {
      return new Coordinate(v[0], v[1], v[2]);
    }
    if (dims.m) {
      return new CoordinateXYM(v[0], v[1], v[2]);
    }
    return new CoordinateXY(v[0], v[1]);
  }

  private static String formatOrdinate(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private double number() throws MalformedGeometryException {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == ',' || c == ')' || c == '(') {
        break;
      }
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.equalsIgnoreCase("nan") || token.equalsIgnoreCase("-nan")) {
      return 0;
    }
    try {
      double d = Double.parseDouble(token);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw error("'" + token + "' is not a number");
    }
  }

  private void open() throws MalformedGeometryException {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != '(') {
      throw error("'(' expected");
    }
    pos++;
    out.append('(');
  }

  private void close() throws MalformedGeometryException {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != ')') {
      throw error("')' expected");
    }
    pos++;
    out.append(')');
  }

  private boolean comma() {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == ',') {
      pos++;
      out.append(", ");
      return true;
    }
    return false;
  }

  private String peekWord() {
    int end = pos;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end).toUpperCase(Locale.ROOT);
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private MalformedGeometryException error(String what) {
    String shown = text.length() <= 120 ? text : text.substring(0, 117) + "...";
    return new MalformedGeometryException(
        "Malformed WKT: " + what + " at position " + pos + " in " + shown);
  }
}

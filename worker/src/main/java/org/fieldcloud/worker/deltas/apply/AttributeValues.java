package org.fieldcloud.worker.deltas.apply;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import org.fieldcloud.worker.deltas.store.Column;

/**
 * Converts delta attribute values (JSON) to what the stores write, and compares a data source's
 * current value with a delta's {@code old} value the way QGIS does: numbers by value, dates and
 * times parsed from their ISO text, binary as UTF-8 text.
 */
final class AttributeValues {

  private AttributeValues() {}

  /** The value to write. NUL characters are dropped: QField sends them, no database keeps them. */
  static Object toWritable(JsonValue v) {
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString().replace("\u0000", "");
    }
    if (v instanceof JsonNumber n) {
      if (n.isIntegral()) {
        try {
          return n.longValueExact();
        } catch (ArithmeticException e) {
          return n.bigDecimalValue();
        }
      }
      return n.doubleValue();
    }
    if (v == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    if (v == JsonValue.FALSE) {
      return Boolean.FALSE;
    }
    return v.toString(); // objects and arrays (JSON/hstore fields) keep their JSON text
  }

  /** Whether two delta values are the same (used to skip unchanged attributes of a patch). */
  static boolean sameJson(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    return a == null ? b == null : a.equals(b);
  }

  /** Whether the data source's current value matches the delta's old value. */
  static boolean matches(Object current, JsonValue old, Column column) {
    boolean oldNull = old == null || old == JsonValue.NULL;
    if (current == null || oldNull) {
      return current == null && oldNull;
    }
    if (current instanceof byte[] bytes) {
      current = new String(bytes, StandardCharsets.UTF_8);
    }
    String oldText = old instanceof JsonString s ? s.getString() : old.toString();
    Temporal currentTime = temporal(current);
    if (currentTime != null
        || (column != null && isTemporal(column) && current instanceof String)) {
      Temporal a = currentTime != null ? currentTime : parseTemporal(current.toString());
      Temporal b = parseTemporal(oldText);
      if (a != null && b != null) {
        return a.equals(b);
      }
      return current.toString().equals(oldText);
    }
    if (current instanceof Boolean bool) {
      if (old == JsonValue.TRUE || old == JsonValue.FALSE) {
        return bool == (old == JsonValue.TRUE);
      }
      BigDecimal n = number(oldText);
      return n != null ? (n.signum() != 0) == bool : bool.toString().equalsIgnoreCase(oldText);
    }
    if (old == JsonValue.TRUE || old == JsonValue.FALSE) {
      BigDecimal n =
          current instanceof Number ? number(current.toString()) : number(current.toString());
      if (n != null) {
        return (n.signum() != 0) == (old == JsonValue.TRUE);
      }
      return current.toString().equalsIgnoreCase(oldText);
    }
    if (current instanceof Number || old instanceof JsonNumber) {
      BigDecimal a =
          number(
              current instanceof Double d ? BigDecimal.valueOf(d).toString() : current.toString());
      BigDecimal b = number(oldText);
      if (a != null && b != null) {
        return a.compareTo(b) == 0;
      }
    }
    return current.toString().equals(oldText);
  }

  static String display(Object current) {
    if (current == null) {
      return "NULL";
    }
    if (current instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    return current.toString();
  }

  private static boolean isTemporal(Column c) {
    return c.isDate() || c.isDateTime() || c.isTime();
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Temporal temporal(Object v) {
    if (v instanceof java.sql.Timestamp ts) {
      return ts.toLocalDateTime();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Time t) {
      return t.toLocalTime();
    }
    if (v instanceof OffsetDateTime o) {
      return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    if (v instanceof LocalDateTime || v instanceof LocalDate || v instanceof LocalTime) {
      return (Temporal) v;
    }
    return null;
  }

  /** ISO date, date-time (T or space, optional fraction and offset, read as UTC) or time. */
  static Temporal parseTemporal(String s) {
    String t = s.strip().replace(' ', 'T');
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t);
      }
      if (t.length() > 10 && t.charAt(10) == 'T') {
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
          return OffsetDateTime.parse(t.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
              .withOffsetSameInstant(ZoneOffset.UTC)
              .toLocalDateTime();
        }
        return LocalDateTime.parse(t);
      }
      return LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

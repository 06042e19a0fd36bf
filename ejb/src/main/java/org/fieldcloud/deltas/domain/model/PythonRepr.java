package org.fieldcloud.deltas.domain.model;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A JSON value written as Python's {@code str()} writes the dict, list or scalar it loads to. The
 * reference's Delta {@code output} field is exactly that (api.md 6.9), and clients may show it.
 * Object keys come in PostgreSQL {@code jsonb} order (shorter keys first, then by bytes), because
 * the reference reads the feedback back from a jsonb column before printing it.
 */
public final class PythonRepr {

  private static final Comparator<String> JSONB_KEY_ORDER =
      Comparator.comparingInt((String k) -> utf8Length(k)).thenComparing(PythonRepr::compareBytes);

  private PythonRepr() {}

  public static String of(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case NULL -> out.append("None");
      case TRUE -> out.append("True");
      case FALSE -> out.append("False");
      case STRING -> string(((JsonString) value).getString(), out);
      case NUMBER -> number((JsonNumber) value, out);
      case ARRAY -> {
        out.append('[');
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          write(array.get(i), out);
        }
        out.append(']');
      }
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        out.append('{');
        out.append(
            object.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(JSONB_KEY_ORDER))
                .map(
                    e -> {
                      StringBuilder item = new StringBuilder();
                      string(e.getKey(), item);
                      item.append(": ");
                      write(e.getValue(), item);
                      return item;
                    })
                .collect(Collectors.joining(", ")));
        out.append('}');
      }
    }
  }

  /** Python's string repr: single quotes unless the text has a ' and no ". */
  static void string(String text, StringBuilder out) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (cp == '\n') {
                out.append("\\n");
              } else if (cp == '\r') {
                out.append("\\r");
              } else if (cp == '\t') {
                out.append("\\t");
              } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
              } else if (!isPrintable(cp)) {
                out.append(
                    cp <= 0xff
                        ? String.format("\\x%02x", cp)
                        : cp <= 0xffff
                            ? String.format("\\u%04x", cp)
                            : String.format("\\U%08x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    out.append(quote);
  }

  /** Close to Python's str.isprintable: no control, format, separator (but space) or unassigned. */
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED
        && type != Character.SPACE_SEPARATOR
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * JSON integers stay integers; other numbers print as Python floats ({@code 1.5}, {@code 1e-05}).
   */
  private static void number(JsonNumber number, StringBuilder out) {
    String text = number.toString();
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      out.append(number.bigIntegerValue());
      return;
    }
    double d = number.doubleValue();
    if (Double.isInfinite(d)) {
      out.append(d > 0 ? "inf" : "-inf");
      return;
    }
    if (d == 0) {
      out.append(1 / d < 0 ? "-0.0" : "0.0");
      return;
    }
    BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    double magnitude = Math.abs(d);
    if (magnitude >= 1e-4 && magnitude < 1e16) {
      String plain = shortest.toPlainString();
      out.append(plain.indexOf('.') < 0 ? plain + ".0" : plain);
      return;
    }
    // Scientific: digits d.ddd, exponent with a sign and at least two digits.
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    out.append(d < 0 ? "-" : "")
        .append(mantissa)
        .append('e')
        .append(exponent < 0 ? '-' : '+')
        .append(String.format("%02d", Math.abs(exponent)));
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}

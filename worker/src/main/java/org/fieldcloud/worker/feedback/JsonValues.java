package org.fieldcloud.worker.feedback;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns plain Java values (maps, collections, strings, numbers, booleans, null) into JSON-P values.
 * Object keys are sorted, like the reference writes them; anything else is written as {@code
 * "<non-serializable: Type text>"} instead of failing the whole feedback.
 */
public final class JsonValues {

  private JsonValues() {}

  public static JsonValue of(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return Json.createValue(big);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number)
          ? Json.createValue(number)
          : Json.createValue(String.valueOf(number));
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    }
    if (value instanceof Path path) {
      return Json.createValue(path.toString());
    }
    if (value instanceof Enum<?> constant) {
      return Json.createValue(constant.name());
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
      sorted.forEach((key, item) -> object.add(key, of(item)));
      return object.build();
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(of(item)));
      return array.build();
    }
    return Json.createValue(
        "<non-serializable: " + value.getClass().getSimpleName() + " " + value + ">");
  }
}

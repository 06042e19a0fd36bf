package org.fieldcloud.admin.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Long JSON text (job feedback, delta content) shown readable: indented, or as it came. */
public final class JobText {

  private JobText() {}

  /** The JSON indented; text that is not JSON unchanged. */
  public static String prettyJson(String json) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonStructure value = reader.read();
      StringWriter out = new StringWriter();
      try (var writer =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.write(value);
      }
      return out.toString().strip();
    } catch (RuntimeException notJson) {
      return json;
    }
  }

  /** {@code error_type} of a worker's feedback, empty when there is none. */
  public static String errorType(String feedback) {
    return field(feedback, "error_type");
  }

  /** A top-level field of a JSON object as text, empty when there is none. */
  public static String field(String json, String name) {
    if (json == null || json.isBlank()) {
      return "";
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.containsKey(name)) {
        JsonValue field = object.get(name);
        return field.getValueType() == JsonValue.ValueType.STRING
            ? object.getString(name)
            : field.toString();
      }
      return "";
    } catch (RuntimeException notJson) {
      return "";
    }
  }
}

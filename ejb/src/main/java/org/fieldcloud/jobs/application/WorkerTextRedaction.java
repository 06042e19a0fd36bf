package org.fieldcloud.jobs.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes values the worker was handed in confidence (secrets) from what it gives back, before
 * anything is stored: its log becomes the job's {@code output}, its feedback the job's {@code
 * feedback} (and, through the hooks, project details and package layers) — all readable through the
 * API. In feedback only JSON string values change, so the structure the server reads stays. Values
 * shorter than {@link #MIN_LENGTH} characters are left alone: replacing "1" everywhere would
 * destroy the text and hide nothing.
 */
final class WorkerTextRedaction {

  static final int MIN_LENGTH = 4;
  static final String MASK = "***";

  private final List<String> values;

  WorkerTextRedaction(Set<String> secretValues) {
    // Longest first, so a value that contains another is masked whole.
    this.values =
        secretValues.stream()
            .filter(v -> v != null && v.length() >= MIN_LENGTH)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  String text(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String result = text;
    for (String value : values) {
      result = result.replace(value, MASK);
    }
    return result;
  }

  /** A JSON text with its strings (keys and values) masked; not JSON: masked as text. */
  String json(String json) {
    if (json == null || values.isEmpty()) {
      return json;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return value(reader.readValue()).toString();
    } catch (JsonParsingException | IllegalStateException e) {
      return text(json);
    }
  }

  private JsonValue value(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        String original = ((JsonString) value).getString();
        String masked = text(original);
        return masked.equals(original) ? value : Json.createValue(masked);
      case OBJECT:
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
          object.add(text(e.getKey()), value(e.getValue()));
        }
        return object.build();
      case ARRAY:
        JsonArrayBuilder array = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> array.add(value(v)));
        return array.build();
      default:
        return value;
    }
  }
}

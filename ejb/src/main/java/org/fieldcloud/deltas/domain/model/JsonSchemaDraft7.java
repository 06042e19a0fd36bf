package org.fieldcloud.deltas.domain.model;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema Draft-07 validator for the keywords the deltafile schema uses: {@code type}, {@code
 * enum}, {@code required}, {@code properties}, boolean {@code additionalProperties}, {@code items}
 * (one schema), {@code uniqueItems}, {@code format: uuid} and local {@code $ref}s. A schema using
 * any other assertion is refused when loaded, so a changed schema can never be checked only in
 * part. Messages follow Python's jsonschema ({@code 'deltas' is a required property}), prefixed
 * with where the value is.
 */
public final class JsonSchemaDraft7 {

  /** Keywords that assert nothing (annotations) or are read through {@code $ref}. */
  private static final Set<String> IGNORED =
      Set.of(
          "$schema",
          "$id",
          "title",
          "description",
          "examples",
          "example",
          "definitions",
          "default");

  private static final Set<String> ASSERTIONS =
      Set.of(
          "type",
          "enum",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "additionalItems",
          "uniqueItems",
          "format",
          "$ref");

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private final JsonObject root;

  public JsonSchemaDraft7(JsonObject schema) {
    this.root = schema;
    checkSupported(schema, "#");
  }

  /** Every violation, in document order; empty when {@code instance} is valid. */
  public List<String> validate(JsonValue instance) {
    List<String> errors = new ArrayList<>();
    validate(root, instance, "", errors);
    return errors;
  }

  private void validate(JsonObject schema, JsonValue value, String at, List<String> errors) {
    if (schema.containsKey("$ref")) {
      // Draft-07: $ref replaces its siblings.
      validate(resolve(schema.getString("$ref")), value, at, errors);
      return;
    }
    if (schema.containsKey("type") && !hasType(schema.get("type"), value)) {
      errors.add(where(at) + repr(value) + " is not of type " + typeNames(schema.get("type")));
      return;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      errors.add(
          where(at) + repr(value) + " is not one of " + reprArray(schema.getJsonArray("enum")));
    }
    if (value instanceof JsonString text
        && "uuid".equals(schema.getString("format", null))
        && !UUID_TEXT.matcher(text.getString()).matches()) {
      errors.add(where(at) + repr(value) + " is not a 'uuid'");
    }
    if (value instanceof JsonObject object) {
      validateObject(schema, object, at, errors);
    }
    if (value instanceof JsonArray array) {
      validateArray(schema, array, at, errors);
    }
  }

  private void validateObject(
      JsonObject schema, JsonObject object, String at, List<String> errors) {
    for (JsonValue name :
        schema.getOrDefault("required", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
      if (!object.containsKey(((JsonString) name).getString())) {
        errors.add(where(at) + repr(name) + " is a required property");
      }
    }
    JsonObject properties =
        schema.getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
    List<String> unexpected = new ArrayList<>();
    for (var entry : object.entrySet()) {
      JsonValue property = properties.get(entry.getKey());
      if (property != null) {
        validate(property.asJsonObject(), entry.getValue(), at + "." + entry.getKey(), errors);
      } else if (schema.get("additionalProperties") == JsonValue.FALSE) {
        unexpected.add("'" + entry.getKey() + "'");
      }
    }
    if (!unexpected.isEmpty()) {
      errors.add(
          where(at)
              + "Additional properties are not allowed ("
              + String.join(", ", unexpected)
              + (unexpected.size() == 1 ? " was" : " were")
              + " unexpected)");
    }
  }

  private void validateArray(JsonObject schema, JsonArray array, String at, List<String> errors) {
    if (schema.containsKey("items")) {
      JsonObject items = schema.getJsonObject("items");
      for (int i = 0; i < array.size(); i++) {
        validate(items, array.get(i), at + "[" + i + "]", errors);
      }
    }
    if (schema.getBoolean("uniqueItems", false) && new HashSet<>(array).size() != array.size()) {
      errors.add(where(at) + repr(array) + " has non-unique elements");
    }
  }

  private JsonObject resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local $refs are supported: " + ref);
    }
    JsonValue target = root;
    for (String step : ref.substring(2).split("/")) {
      target = target.asJsonObject().get(step);
      if (target == null) {
        throw new IllegalArgumentException("unresolvable $ref " + ref);
      }
    }
    return target.asJsonObject();
  }

  private static boolean hasType(JsonValue type, JsonValue value) {
    if (type instanceof JsonArray names) {
      return names.stream().anyMatch(n -> hasType(n, value));
    }
    return switch (((JsonString) type).getString()) {
      case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
      case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
      case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
      case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
      case "null" -> value == JsonValue.NULL;
      case "number" -> value instanceof JsonNumber;
      case "integer" -> value instanceof JsonNumber n && isWhole(n);
      default -> throw new IllegalArgumentException("unknown JSON type " + type);
    };
  }

  private static boolean isWhole(JsonNumber n) {
    return n.bigDecimalValue().stripTrailingZeros().scale() <= 0;
  }

  /** Refuses schemas with assertions this class does not implement, at every nesting level. */
  private static void checkSupported(JsonObject schema, String at) {
    for (var entry : schema.entrySet()) {
      String keyword = entry.getKey();
      if (IGNORED.contains(keyword) && !keyword.equals("definitions")) {
        continue;
      }
      if (!IGNORED.contains(keyword) && !ASSERTIONS.contains(keyword)) {
        throw new IllegalArgumentException("unsupported schema keyword " + keyword + " at " + at);
      }
      JsonValue value = entry.getValue();
      switch (keyword) {
        case "definitions", "properties" ->
            value
                .asJsonObject()
                .forEach((name, sub) -> checkSupported(sub.asJsonObject(), at + "/" + name));
        case "items" -> {
          if (!(value instanceof JsonObject items)) {
            throw new IllegalArgumentException("only a single items schema is supported at " + at);
          }
          checkSupported(items, at + "/items");
        }
        case "additionalProperties", "additionalItems" -> {
          if (!(value == JsonValue.TRUE || value == JsonValue.FALSE)) {
            throw new IllegalArgumentException(
                "only boolean " + keyword + " is supported at " + at);
          }
        }
        default -> {}
      }
    }
  }

  private static String where(String at) {
    return at.isEmpty() ? "" : "At " + at.substring(1) + ": ";
  }

  private static String typeNames(JsonValue type) {
    return type instanceof JsonArray names ? reprArray(names) : repr(type);
  }

  private static String reprArray(JsonArray values) {
    return PythonRepr.of(values);
  }

  private static String repr(JsonValue value) {
    String text = PythonRepr.of(value);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}

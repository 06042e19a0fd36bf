package org.fieldcloud.packages.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The layers a package job reports, as {@code packages/<id>/latest/} shows them (jobs.md 9): from
 * the feedback of versions 2.0 and 3.0 at {@code outputs.qgis_layers_data.layers_by_id}; from
 * legacy feedback without a version at {@code steps[1].outputs.layer_checks}.
 */
public final class PackageLayers {

  private PackageLayers() {}

  /**
   * The layers by id, or empty when the feedback has none.
   *
   * @throws IllegalStateException for a feedback version this server does not know (a 500, as in
   *     the reference)
   */
  public static Optional<JsonObject> of(String feedbackJson) {
    if (feedbackJson == null || feedbackJson.isBlank()) {
      return Optional.empty();
    }
    JsonObject feedback;
    try (JsonReader reader = Json.createReader(new StringReader(feedbackJson))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      feedback = value.asJsonObject();
    }
    JsonValue version = feedback.get("feedback_version");
    if (version == null || version == JsonValue.NULL) {
      return legacy(feedback);
    }
    String text =
        version.getValueType() == JsonValue.ValueType.STRING
            ? feedback.getString("feedback_version")
            : version.toString();
    if (!text.equals("2.0") && !text.equals("3.0")) {
      throw new IllegalStateException("Unknown feedback version " + text);
    }
    return objectAt(feedback, "outputs", "qgis_layers_data", "layers_by_id");
  }

  private static Optional<JsonObject> legacy(JsonObject feedback) {
    JsonValue steps = feedback.get("steps");
    if (steps == null || steps.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    JsonArray list = steps.asJsonArray();
    if (list.size() < 2 || list.get(1).getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    return objectAt(list.get(1).asJsonObject(), "outputs", "layer_checks");
  }

  /** The object found by following {@code path} from {@code root}, if every step is an object. */
  static Optional<JsonObject> objectAt(JsonObject root, String... path) {
    JsonValue current = root;
    for (String key : path) {
      if (current.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      current = current.asJsonObject().get(key);
      if (current == null) {
        return Optional.empty();
      }
    }
    return current.getValueType() == JsonValue.ValueType.OBJECT
        ? Optional.of(current.asJsonObject())
        : Optional.empty();
  }
}

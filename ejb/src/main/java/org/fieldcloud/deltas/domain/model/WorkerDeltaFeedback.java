package org.fieldcloud.deltas.domain.model;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The per-delta results in a worker's feedback.json ({@code outputs.apply_deltas.delta_feedback},
 * jobs.md 6.5), by delta id. Items are matched by id, never by position.
 */
public final class WorkerDeltaFeedback {

  private final Map<UUID, JsonObject> items;

  private WorkerDeltaFeedback(Map<UUID, JsonObject> items) {
    this.items = items;
  }

  /** The items of {@code feedback}; none when it is null or has no such output. */
  public static WorkerDeltaFeedback of(JsonObject feedback) {
    Map<UUID, JsonObject> items = new LinkedHashMap<>();
    JsonValue list = pointer(feedback, "outputs", "apply_deltas", "delta_feedback");
    if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue item : list.asJsonArray()) {
        if (item instanceof JsonObject object && object.get("delta_id") instanceof JsonString id) {
          try {
            items.putIfAbsent(UUID.fromString(id.getString()), object);
          } catch (IllegalArgumentException e) {
            // not one of ours: ignored
          }
        }
      }
    }
    return new WorkerDeltaFeedback(items);
  }

  public Optional<JsonObject> item(UUID deltaId) {
    return Optional.ofNullable(items.get(deltaId));
  }

  public static DeltaStatus statusOf(JsonObject item) {
    return DeltaStatus.fromWorker(
        item.get("status") instanceof JsonString s ? s.getString() : null);
  }

  /** The feature's pk on the server as text ({@code modified_pk} may be a number), or null. */
  public static String modifiedPkOf(JsonObject item) {
    JsonValue pk = item.get("modified_pk");
    if (pk == null || pk == JsonValue.NULL) {
      return null;
    }
    return pk instanceof JsonString s ? s.getString() : pk.toString();
  }

  private static JsonValue pointer(JsonObject root, String... path) {
    JsonValue at = root;
    for (String step : path) {
      if (!(at instanceof JsonObject object)) {
        return null;
      }
      at = object.get(step);
    }
    return at;
  }
}

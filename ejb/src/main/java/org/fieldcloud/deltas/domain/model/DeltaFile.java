package org.fieldcloud.deltas.domain.model;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * A deltafile that passed {@link DeltaFileReader}: its id, the project id as written by the client,
 * and the deltas as received.
 */
public record DeltaFile(UUID id, String project, List<JsonObject> deltas) {

  public DeltaFile {
    deltas = List.copyOf(deltas);
  }

  public static UUID uuidOf(JsonObject delta) {
    return UUID.fromString(delta.getString("uuid"));
  }

  public static UUID clientIdOf(JsonObject delta) {
    return UUID.fromString(delta.getString("clientId"));
  }

  public static String methodOf(JsonObject delta) {
    return delta.getString("method");
  }
}

package org.fieldcloud.deltas.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.deltas.domain.model.Delta;

/**
 * The deltafile an apply job gives its worker (jobs.md 5.2): the deltas as received, in arrival
 * order, a new file id, and the {@code clientPks} map.
 */
final class WorkerDeltafile {

  private WorkerDeltafile() {}

  static JsonObject of(
      UUID fileId, UUID projectId, List<Delta> deltas, Map<String, String> clientPks) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (Delta delta : deltas) {
      try (var reader = Json.createReader(new StringReader(delta.getContent()))) {
        items.add(reader.readObject());
      }
    }
    JsonObjectBuilder pks = Json.createObjectBuilder();
    clientPks.forEach(pks::add);
    return Json.createObjectBuilder()
        .add("deltas", items)
        .add("files", Json.createArrayBuilder())
        .add("id", fileId.toString())
        .add("project", projectId.toString())
        .add("version", "1.0")
        .add("clientPks", pks)
        .build();
  }
}

package org.fieldcloud.worker.deltas.apply;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * One item of {@code outputs.apply_deltas.delta_feedback}: the result of one delta, stored by the
 * server as {@code Delta.last_feedback}.
 *
 * @param featurePk the delta's {@code sourcePk}, as sent
 * @param modifiedPk the pk of the feature in the data source after the apply, or {@code null}
 * @param conflicts the conflict texts, or {@code null} when there was none
 * @param providerErrors what the data source said when it refused the change, or {@code null}
 */
public record DeltaFeedback(
    String msg,
    DeltaStatus status,
    String deltaFileId,
    String layerId,
    int deltaIndex,
    String deltaId,
    String featurePk,
    String modifiedPk,
    List<String> conflicts,
    String providerErrors,
    String method) {

  public DeltaFeedback withFailure(DeltaStatus newStatus, String message) {
    return new DeltaFeedback(
        message,
        newStatus,
        deltaFileId,
        layerId,
        deltaIndex,
        deltaId,
        featurePk,
        null,
        conflicts,
        providerErrors,
        method);
  }

  public JsonObject toJson() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("msg", msg);
    b.add("status", status.wireName());
    addNullable(b, "e_type", status.errorType());
    addNullable(b, "delta_file_id", deltaFileId);
    addNullable(b, "layer_id", layerId);
    b.add("delta_index", deltaIndex);
    addNullable(b, "delta_id", deltaId);
    addNullable(b, "feature_pk", featurePk);
    addNullable(b, "modified_pk", modifiedPk);
    if (conflicts == null) {
      b.addNull("conflicts");
    } else {
      b.add("conflicts", Json.createArrayBuilder(conflicts));
    }
    addNullable(b, "provider_errors", providerErrors);
    addNullable(b, "method", method);
    return b.build();
  }

  private static void addNullable(JsonObjectBuilder b, String key, String value) {
    if (value == null) {
      b.addNull(key);
    } else {
      b.add(key, value);
    }
  }
}

package org.fieldcloud.deltas.domain.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code clientPks} map of a worker deltafile (jobs.md 5.2, 13.6): for every delta a client
 * sent that the server applied, {@code <clientId>__<localLayerId>__<localPk>} → the feature's pk on
 * the server. It lets a later patch or delete of a feature created on the phone, and never
 * downloaded again, find that feature.
 */
public final class ClientPks {

  /** What one applied delta contributes; the list is read oldest first, so later ones win. */
  public record Source(UUID clientId, String localLayerId, String localPk, String modifiedPk) {}

  private ClientPks() {}

  public static Map<String, String> build(List<Source> appliedDeltas) {
    Map<String, String> pks = new LinkedHashMap<>();
    for (Source s : appliedDeltas) {
      if (s.clientId() != null
          && s.localLayerId() != null
          && s.localPk() != null
          && s.modifiedPk() != null) {
        pks.put(key(s.clientId(), s.localLayerId(), s.localPk()), s.modifiedPk());
      }
    }
    return pks;
  }

  public static String key(UUID clientId, String localLayerId, String localPk) {
    return clientId + "__" + localLayerId + "__" + localPk;
  }
}

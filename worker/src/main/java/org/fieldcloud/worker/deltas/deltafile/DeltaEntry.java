package org.fieldcloud.worker.deltas.deltafile;

import jakarta.json.JsonObject;

/**
 * One element of the deltafile's {@code deltas} array: either a usable {@link Delta} or the reason
 * it is not usable. Keeping invalid entries (instead of rejecting the whole file) lets the worker
 * answer every delta with its own status.
 */
public record DeltaEntry(int index, JsonObject raw, Delta delta, String invalidReason) {

  public static DeltaEntry valid(JsonObject raw, Delta delta) {
    return new DeltaEntry(delta.index(), raw, delta, null);
  }

  public static DeltaEntry invalid(int index, JsonObject raw, String reason) {
    return new DeltaEntry(index, raw, null, reason);
  }

  public boolean isValid() {
    return delta != null;
  }

  /** A field of the raw JSON as a string, or {@code null}; used to report invalid entries. */
  public String rawString(String key) {
    if (raw == null || !raw.containsKey(key) || raw.isNull(key)) {
      return null;
    }
    var v = raw.get(key);
    return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
  }
}

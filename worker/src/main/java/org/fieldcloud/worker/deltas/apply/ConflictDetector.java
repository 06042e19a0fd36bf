package org.fieldcloud.worker.deltas.apply;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.deltas.store.Column;
import org.fieldcloud.worker.deltas.store.LayerTable;

/**
 * Compares a feature's current values with the delta's {@code old} attributes. Only attributes
 * named in {@code old} that exist on the layer count; geometry is not compared (the reference
 * worker has that code commented out, so a moved point is never a conflict).
 */
final class ConflictDetector {

  private ConflictDetector() {}

  static List<String> conflicts(
      LayerTable table, Map<String, Object> current, Map<String, JsonValue> oldAttributes) {
    List<String> conflicts = new ArrayList<>();
    for (var e : oldAttributes.entrySet()) {
      var column = table.column(e.getKey());
      if (column.isEmpty()) {
        continue;
      }
      Column c = column.get();
      Object now = current.get(c.name());
      if (!AttributeValues.matches(now, e.getValue(), c)) {
        JsonValue old = e.getValue();
        String incoming =
            old instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(old);
        conflicts.add(
            "The attribute \""
                + c.name()
                + "\" that has a conflict:\n-"
                + AttributeValues.display(now)
                + "\n+"
                + incoming);
      }
    }
    return conflicts;
  }
}

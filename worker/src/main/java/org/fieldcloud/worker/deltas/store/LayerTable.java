package org.fieldcloud.worker.deltas.store;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the apply needs to know about the table behind a layer.
 *
 * @param sqlName the quoted, schema-qualified name to put in SQL
 * @param pk the single primary key column (or the column named {@code fid})
 * @param geometryColumn {@code null} for tables without geometry
 * @param zFlag 0 = no Z, 1 = Z always, 2 = Z when the geometry has one (GeoPackage's z/m codes)
 * @param columns attribute columns by exact name, in table order, without the geometry column
 */
public record LayerTable(
    String sqlName,
    String displayName,
    Column pk,
    String geometryColumn,
    int srid,
    int zFlag,
    int mFlag,
    Map<String, Column> columns) {

  public boolean isSpatial() {
    return geometryColumn != null;
  }

  /** Field lookup by name as QGIS does it: exact match first, then ignoring case. */
  public Optional<Column> column(String name) {
    Column c = columns.get(name);
    if (c != null) {
      return Optional.of(c);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return columns.values().stream()
        .filter(col -> col.name().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }

  public boolean writeZ(boolean geometryHasZ) {
    return zFlag == 1 || (zFlag == 2 && geometryHasZ);
  }

  public boolean writeM(boolean geometryHasM) {
    return mFlag == 1 || (mFlag == 2 && geometryHasM);
  }

  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}

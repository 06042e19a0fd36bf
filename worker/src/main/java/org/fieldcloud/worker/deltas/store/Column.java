package org.fieldcloud.worker.deltas.store;

import java.util.Locale;

/**
 * One attribute column of a layer table.
 *
 * @param type the declared type (GeoPackage) or {@code format_type} (PostgreSQL), upper case
 */
public record Column(String name, String type) {

  public boolean isDate() {
    return type.equals("DATE");
  }

  public boolean isDateTime() {
    return type.startsWith("DATETIME") || type.startsWith("TIMESTAMP");
  }

  public boolean isTime() {
    return type.startsWith("TIME") && !type.startsWith("TIMESTAMP");
  }

  public boolean isBinary() {
    return type.equals("BLOB") || type.equals("BYTEA");
  }

  public boolean isBoolean() {
    return type.equals("BOOLEAN");
  }

  public static String normalizeType(String t) {
    return t == null ? "" : t.strip().toUpperCase(Locale.ROOT);
  }
}

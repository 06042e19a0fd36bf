package org.fieldcloud.worker.deltas.store.postgis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;
import org.fieldcloud.worker.deltas.store.Column;
import org.fieldcloud.worker.deltas.store.JdbcFeatureStore;
import org.fieldcloud.worker.deltas.store.LayerTable;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;

/**
 * A PostgreSQL/PostGIS database edited through JDBC. Values travel as text and are cast to the
 * column's own type in SQL, so every PostgreSQL type the delta can spell (dates, numerics,
 * booleans, enums) is parsed by the server, not guessed here. Geometries go through {@code
 * ST_GeomFromText} with the layer's SRID, forced to the column's dimensions.
 */
public final class PostgisFeatureStore extends JdbcFeatureStore {

  private final String description;

  public PostgisFeatureStore(Connection conn, String description) throws SQLException {
    super(conn);
    this.description = description;
    try (var st = conn.createStatement()) {
      // Timestamps without zone are compared as written; pin the session zone so that
      // "timestamp with time zone" columns read back the same way on every machine.
      st.execute("SET TIME ZONE 'UTC'");
    }
    conn.commit();
  }

  @Override
  public LayerTable table(String schema, String table, String pkHint, String geometryHint)
      throws LayerUnavailableException {
    String display = (schema == null ? "public" : schema) + "." + table;
    String sqlName =
        LayerTable.quote(schema == null ? "public" : schema) + "." + LayerTable.quote(table);
    // Layers are described while earlier deltas of this run sit uncommitted in the same
    // transaction: the catalogue queries run in a savepoint, so a failure here (no such table)
    // undoes only them, and nothing is committed before the end of the run.
    Savepoint sp;
    try {
      sp = conn.setSavepoint();
    } catch (SQLException e) {
      throw new LayerUnavailableException(
          "Invalid layer: " + display + " in " + description + ": " + e.getMessage(), e);
    }
    try {
      Map<String, Column> columns = new LinkedHashMap<>();
      List<String> geometryColumns = new ArrayList<>();
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typname"
                  + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
                  + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"
                  + " ORDER BY a.attnum")) {
        ps.setString(1, sqlName);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String typname = rs.getString(3);
            if (typname.equals("geometry") || typname.equals("geography")) {
              geometryColumns.add(rs.getString(1));
            } else {
              Column c = new Column(rs.getString(1), Column.normalizeType(rs.getString(2)));
              columns.put(c.name(), c);
            }
          }
        }
      }
      if (columns.isEmpty() && geometryColumns.isEmpty()) {
        throw new LayerUnavailableException(
            "Invalid layer: there is no table " + display + " in " + description);
      }
      String geomCol = geometryHint != null ? geometryHint : null;
      if (geomCol == null && geometryColumns.size() == 1) {
        geomCol = geometryColumns.get(0);
      }
      if (geomCol != null && !geometryColumns.contains(geomCol)) {
        throw new LayerUnavailableException(
            "Invalid layer: " + display + " has no geometry column " + geomCol);
      }
      int srid = 0;
      int z = 0;
      int m = 0;
      if (geomCol != null) {
        try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT srid, type, coord_dimension FROM geometry_columns"
                    + " WHERE f_table_schema = ? AND f_table_name = ? AND f_geometry_column = ?")) {
          ps.setString(1, schema == null ? "public" : schema);
          ps.setString(2, table);
          ps.setString(3, geomCol);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              srid = rs.getInt(1);
              String type = rs.getString(2).toUpperCase(Locale.ROOT);
              int dims = rs.getInt(3);
              boolean hasM = type.endsWith("M") && !type.equals("GEOMETRY") || dims == 4;
              boolean hasZ = dims == 4 || (dims == 3 && !hasM);
              z = hasZ ? 1 : 0;
              m = hasM ? 1 : 0;
            }
          }
        }
      }
      Column pk = choosePk(display, sqlName, columns, pkHint);
      conn.releaseSavepoint(sp);
      return new LayerTable(
          sqlName, display, pk, geomCol, srid, z, m, Collections.unmodifiableMap(columns));
    } catch (SQLException | LayerUnavailableException e) {
      rollbackQuietly(sp);
      if (e instanceof LayerUnavailableException lue) {
        throw lue;
      }
      throw new LayerUnavailableException(
          "Invalid layer: " + display + " in " + description + ": " + e.getMessage(), e);
    }
  }

  private Column choosePk(String display, String sqlName, Map<String, Column> columns, String hint)
      throws SQLException, LayerUnavailableException {
    if (hint != null) {
      String h = hint.replace("\"", "");
      if (h.contains(",")) {
        throw new LayerUnavailableException(
            "Layer " + display + " has a composite key (" + h + "), which is not supported");
      }
      Column c = columns.get(h);
      if (c == null) {
        throw new LayerUnavailableException("Layer " + display + " has no key column " + h);
      }
      return c;
    }
    List<String> pks = new ArrayList<>();
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                + " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                + " WHERE i.indrelid = to_regclass(?) AND i.indisprimary")) {
      ps.setString(1, sqlName);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pks.add(rs.getString(1));
        }
      }
    }
    if (pks.size() > 1) {
      throw new LayerUnavailableException(
          "Layer " + display + " has a composite primary key, which is not supported");
    }
    if (pks.size() == 1) {
      return columns.get(pks.get(0));
    }
    return columns.values().stream()
        .filter(c -> c.name().equalsIgnoreCase("fid"))
        .findFirst()
        .orElseThrow(
            () ->
                new LayerUnavailableException(
                    "Layer " + display + " has no primary key and no fid column"));
  }

  private void rollbackQuietly(Savepoint sp) {
    try {
      conn.rollback(sp);
      conn.releaseSavepoint(sp);
    } catch (SQLException ignored) {
      // the original error is the one to report
    }
  }

  @Override
  protected String valuePlaceholder(Column c) {
    return c.isBinary() ? "?" : "CAST(? AS " + c.type() + ")";
  }

  @Override
  protected void bindValue(PreparedStatement ps, int index, Column c, Object value)
      throws SQLException {
    if (c.isBinary()) {
      if (value == null) {
        ps.setNull(index, Types.BINARY);
      } else {
        ps.setBytes(index, value.toString().getBytes(StandardCharsets.UTF_8));
      }
    } else if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value.toString());
    }
  }

  @Override
  protected String pkPlaceholder(LayerTable t) {
    return "CAST(? AS " + t.pk().type() + ")";
  }

  @Override
  protected void bindPk(PreparedStatement ps, int index, LayerTable t, String pk)
      throws SQLException {
    ps.setString(index, pk);
  }

  @Override
  protected String geometryPlaceholder(LayerTable t, ParsedGeometry g) {
    String force =
        t.zFlag() == 1 && t.mFlag() == 1
            ? "ST_Force4D"
            : t.zFlag() == 1 ? "ST_Force3DZ" : t.mFlag() == 1 ? "ST_Force3DM" : "ST_Force2D";
    return force + "(ST_GeomFromText(?, " + t.srid() + "))";
  }

  @Override
  protected void bindGeometry(PreparedStatement ps, int index, LayerTable t, ParsedGeometry g)
      throws SQLException {
    ps.setString(index, g.normalizedWkt());
  }

  @Override
  protected Object readValue(ResultSet rs, int index, Column c) throws SQLException {
    if (c != null && c.type().startsWith("TIMESTAMP") && c.type().contains("WITH TIME ZONE")) {
      return rs.getObject(index, java.time.OffsetDateTime.class);
    }
    if (c != null && c.type().startsWith("TIMESTAMP")) {
      return rs.getObject(index, java.time.LocalDateTime.class);
    }
    if (c != null && c.isDate()) {
      return rs.getObject(index, java.time.LocalDate.class);
    }
    Object v = rs.getObject(index);
    if (v instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    return v;
  }

  @Override
  public String describe() {
    return description;
  }
}

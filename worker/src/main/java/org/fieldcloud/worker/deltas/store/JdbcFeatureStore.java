package org.fieldcloud.worker.deltas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;

/**
 * The SQL shared by GeoPackage and PostGIS: one connection, auto-commit off, a savepoint per delta,
 * prepared statements cached by text (a run applies many deltas of the same shape). The dialects
 * differ only in how values, pks and geometries are bound.
 */
public abstract class JdbcFeatureStore implements FeatureStore {

  protected final Connection conn;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private Savepoint savepoint;

  protected JdbcFeatureStore(Connection conn) throws SQLException {
    this.conn = conn;
    conn.setAutoCommit(false);
  }

  /** SQL for one attribute value parameter of this column, e.g. {@code ?} or a cast. */
  protected abstract String valuePlaceholder(Column c);

  protected abstract void bindValue(PreparedStatement ps, int index, Column c, Object value)
      throws SQLException;

  protected abstract String pkPlaceholder(LayerTable t);

  protected abstract void bindPk(PreparedStatement ps, int index, LayerTable t, String pk)
      throws SQLException;

  protected abstract String geometryPlaceholder(LayerTable t, ParsedGeometry g);

  protected abstract void bindGeometry(
      PreparedStatement ps, int index, LayerTable t, ParsedGeometry g) throws SQLException;

  protected PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  @Override
  public Optional<Map<String, Object>> find(LayerTable t, String pk)
      throws SQLException, DuplicateFeatureException {
    StringBuilder cols = new StringBuilder();
    for (Column c : t.columns().values()) {
      cols.append(cols.length() == 0 ? "" : ", ").append(LayerTable.quote(c.name()));
    }
    String sql =
        "SELECT "
            + (cols.length() == 0 ? LayerTable.quote(t.pk().name()) : cols)
            + " FROM "
            + t.sqlName()
            + " WHERE "
            + LayerTable.quote(t.pk().name())
            + " = "
            + pkPlaceholder(t)
            + " LIMIT 2";
    PreparedStatement ps = prepare(sql);
    bindPk(ps, 1, t, pk);
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      // The SELECT lists the columns in this order; no metadata calls per row.
      Map<String, Object> values = new LinkedHashMap<>();
      int i = 1;
      if (t.columns().isEmpty()) {
        values.put(t.pk().name(), rs.getObject(1));
      }
      for (Column c : t.columns().values()) {
        values.put(c.name(), readValue(rs, i++, c));
      }
      if (rs.next()) {
        throw new DuplicateFeatureException(
            "More than one feature of " + t.displayName() + " has " + t.pk().name() + " " + pk);
      }
      return Optional.of(values);
    }
  }

  /** Reads one value as the conflict check wants it; dialects may refine types. */
  protected Object readValue(ResultSet rs, int index, Column c) throws SQLException {
    return rs.getObject(index);
  }

  @Override
  public String insert(LayerTable t, Map<Column, Object> values, ParsedGeometry geometry)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> params = new ArrayList<>();
    for (Column c : values.keySet()) {
      names.add(LayerTable.quote(c.name()));
      params.add(valuePlaceholder(c));
    }
    if (t.isSpatial() && geometry != null) {
      names.add(LayerTable.quote(t.geometryColumn()));
      params.add(geometryPlaceholder(t, geometry));
    }
    String sql =
        names.isEmpty()
            ? "INSERT INTO " + t.sqlName() + " DEFAULT VALUES"
            : "INSERT INTO "
                + t.sqlName()
                + " ("
                + String.join(", ", names)
                + ") VALUES ("
                + String.join(", ", params)
                + ")";
    sql += " RETURNING " + LayerTable.quote(t.pk().name());
    PreparedStatement ps = prepare(sql);
    int i = 1;
    for (var e : values.entrySet()) {
      bindValue(ps, i++, e.getKey(), e.getValue());
    }
    if (t.isSpatial() && geometry != null) {
      bindGeometry(ps, i, t, geometry);
    }
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("The insert into " + t.displayName() + " returned no pk");
      }
      return rs.getString(1);
    }
  }

  @Override
  public void update(
      LayerTable t,
      String pk,
      Map<Column, Object> values,
      boolean setGeometry,
      ParsedGeometry geometry)
      throws SQLException {
    List<String> sets = new ArrayList<>();
    for (Column c : values.keySet()) {
      sets.add(LayerTable.quote(c.name()) + " = " + valuePlaceholder(c));
    }
    if (setGeometry && t.isSpatial()) {
      sets.add(
          LayerTable.quote(t.geometryColumn())
              + " = "
              + (geometry == null ? "NULL" : geometryPlaceholder(t, geometry)));
    }
    if (sets.isEmpty()) {
      return;
    }
    String sql =
        "UPDATE "
            + t.sqlName()
            + " SET "
            + String.join(", ", sets)
            + " WHERE "
            + LayerTable.quote(t.pk().name())
            + " = "
            + pkPlaceholder(t);
    PreparedStatement ps = prepare(sql);
    int i = 1;
    for (var e : values.entrySet()) {
      bindValue(ps, i++, e.getKey(), e.getValue());
    }
    if (setGeometry && t.isSpatial() && geometry != null) {
      bindGeometry(ps, i++, t, geometry);
    }
    bindPk(ps, i, t, pk);
    ps.executeUpdate();
  }

  @Override
  public void delete(LayerTable t, String pk) throws SQLException {
    PreparedStatement ps =
        prepare(
            "DELETE FROM "
                + t.sqlName()
                + " WHERE "
                + LayerTable.quote(t.pk().name())
                + " = "
                + pkPlaceholder(t));
    bindPk(ps, 1, t, pk);
    ps.executeUpdate();
  }

  @Override
  public void beginDelta() throws SQLException {
    savepoint = conn.setSavepoint();
  }

  /**
   * Ends the delta's savepoint: released when kept, rolled back to otherwise. If the database lost
   * the whole transaction meanwhile (SQLite does that on disk-full or I/O errors), the savepoint is
   * gone and this throws, which tells the caller the store can no longer be trusted.
   */
  @Override
  public void endDelta(boolean keep) throws SQLException {
    if (savepoint == null) {
      return;
    }
    Savepoint sp = savepoint;
    savepoint = null;
    if (!keep) {
      conn.rollback(sp);
    }
    conn.releaseSavepoint(sp);
  }

  @Override
  public void commit() throws SQLException {
    conn.commit();
  }

  @Override
  public void rollback() throws SQLException {
    conn.rollback();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException ignored) {
        // closing the connection below releases it anyway
      }
    }
    statements.clear();
    if (!conn.isClosed()) {
      if (!conn.getAutoCommit()) {
        conn.rollback(); // whatever was not committed explicitly is dropped
      }
      conn.close();
    }
  }
}

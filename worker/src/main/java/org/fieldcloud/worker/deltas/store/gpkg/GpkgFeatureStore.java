package org.fieldcloud.worker.deltas.store.gpkg;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldcloud.worker.deltas.geometry.GpkgGeometry;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;
import org.fieldcloud.worker.deltas.store.Column;
import org.fieldcloud.worker.deltas.store.JdbcFeatureStore;
import org.fieldcloud.worker.deltas.store.LayerTable;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;
import org.sqlite.SQLiteConfig;

/** A GeoPackage file edited through sqlite-jdbc, geometries written as GeoPackage blobs. */
public final class GpkgFeatureStore extends JdbcFeatureStore {

  private final Path file;

  private GpkgFeatureStore(Connection conn, Path file) throws SQLException {
    super(conn);
    this.file = file;
  }

  public static GpkgFeatureStore open(Path file) throws LayerUnavailableException {
    if (!Files.isRegularFile(file)) {
      throw new LayerUnavailableException("Invalid layer: the file " + file + " does not exist");
    }
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(30_000);
      Connection conn = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
      GpkgFunctions.register(conn);
      try (var st = conn.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA application_id")) {
        rs.next();
      }
      return new GpkgFeatureStore(conn, file);
    } catch (SQLException e) {
      throw new LayerUnavailableException(
          "Invalid layer: " + file + " cannot be opened as a GeoPackage: " + e.getMessage(), e);
    }
  }

  /** The only feature or attribute table of the file (a datasource without layername=). */
  public String onlyTable() throws LayerUnavailableException, SQLException {
    List<String> tables = new ArrayList<>();
    try (var st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM gpkg_contents WHERE data_type IN"
                    + " ('features','attributes')")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.size() != 1) {
      throw new LayerUnavailableException(
          "Invalid layer: the datasource names no layer and " + file + " has " + tables.size());
    }
    return tables.get(0);
  }

  @Override
  public LayerTable table(String schema, String table, String pkHint, String geometryHint)
      throws LayerUnavailableException {
    try {
      String name = table;
      if (name == null) {
        name = onlyTable();
      }
      Map<String, Column> columns = new LinkedHashMap<>();
      List<Column> pks = new ArrayList<>();
      try (PreparedStatement ps =
          conn.prepareStatement("SELECT name, type, pk FROM pragma_table_info(?)")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Column c = new Column(rs.getString(1), Column.normalizeType(rs.getString(2)));
            columns.put(c.name(), c);
            if (rs.getInt(3) > 0) {
              pks.add(c);
            }
          }
        }
      }
      if (columns.isEmpty()) {
        throw new LayerUnavailableException(
            "Invalid layer: there is no table " + name + " in " + file);
      }
      String geomCol = null;
      int srid = 0;
      int z = 0;
      int m = 0;
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT column_name, srs_id, z, m FROM gpkg_geometry_columns"
                  + " WHERE lower(table_name) = lower(?)")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            geomCol = rs.getString(1);
            srid = rs.getInt(2);
            z = rs.getInt(3);
            m = rs.getInt(4);
          }
        }
      }
      if (geomCol != null) {
        String g = geomCol;
        columns.keySet().removeIf(k -> k.equalsIgnoreCase(g));
      }
      Column pk = choosePk(name, pks, columns, pkHint);
      return new LayerTable(
          LayerTable.quote(name),
          name,
          pk,
          geomCol,
          srid,
          z,
          m,
          java.util.Collections.unmodifiableMap(columns));
    } catch (SQLException e) {
      throw new LayerUnavailableException(
          "Invalid layer: " + table + " in " + file + ": " + e.getMessage(), e);
    }
  }

  /** The single provider pk, otherwise a column named fid, as the reference worker does. */
  static Column choosePk(String table, List<Column> pks, Map<String, Column> columns, String hint)
      throws LayerUnavailableException {
    if (hint != null) {
      if (hint.contains(",")) {
        throw new LayerUnavailableException(
            "Layer "
                + table
                + " has a composite primary key ("
                + hint
                + "), which is not supported");
      }
      Column c = columns.get(hint.replace("\"", ""));
      if (c != null) {
        return c;
      }
    }
    if (pks.size() == 1) {
      return pks.get(0);
    }
    if (pks.size() > 1) {
      throw new LayerUnavailableException(
          "Layer " + table + " has a composite primary key, which is not supported");
    }
    return columns.values().stream()
        .filter(c -> c.name().equalsIgnoreCase("fid"))
        .findFirst()
        .orElseThrow(
            () ->
                new LayerUnavailableException(
                    "Layer " + table + " has no primary key and no fid column"));
  }

  @Override
  protected String valuePlaceholder(Column c) {
    return "?";
  }

  @Override
  protected void bindValue(PreparedStatement ps, int index, Column c, Object value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0); // GeoPackage BOOLEAN is 0/1
    } else if (c.isBinary() && value instanceof String s) {
      ps.setBytes(index, s.getBytes(StandardCharsets.UTF_8));
    } else {
      ps.setObject(index, value);
    }
  }

  @Override
  protected String pkPlaceholder(LayerTable t) {
    return "?";
  }

  @Override
  protected void bindPk(PreparedStatement ps, int index, LayerTable t, String pk)
      throws SQLException {
    // Bind integers as integers so SQLite uses the rowid lookup directly.
    try {
      ps.setLong(index, Long.parseLong(pk.strip()));
    } catch (NumberFormatException e) {
      ps.setString(index, pk);
    }
  }

  @Override
  protected String geometryPlaceholder(LayerTable t, ParsedGeometry g) {
    return "?";
  }

  @Override
  protected void bindGeometry(PreparedStatement ps, int index, LayerTable t, ParsedGeometry g)
      throws SQLException {
    ps.setBytes(
        index, GpkgGeometry.encode(g.geometry(), t.srid(), t.writeZ(g.hasZ()), t.writeM(g.hasM())));
  }

  /**
   * No savepoint per delta: every delta issues at most one write statement (insert, update or
   * delete), and SQLite undoes a failed statement by itself while the transaction goes on, so a
   * refused delta leaves nothing behind without one. The savepoint statements were a fifth of the
   * apply time in the benchmark. A change that makes a delta write twice must revisit this.
   */
  @Override
  public void beginDelta() {}

  @Override
  public void endDelta(boolean keep) {}

  /**
   * Errors after which SQLite may have rolled back the whole transaction (disk full, I/O, busy, out
   * of memory, corruption): the deltas applied before are then gone.
   */
  @Override
  public boolean transactionLost(SQLException e) {
    if (e instanceof org.sqlite.SQLiteException se) {
      int primary = se.getResultCode().code & 0xff;
      return primary == 5 || primary == 7 || primary == 10 || primary == 11 || primary == 13;
    }
    return false;
  }

  /** Tables written in this run, for the gpkg_contents refresh at commit. */
  private final java.util.Set<LayerTable> touched = new java.util.LinkedHashSet<>();

  @Override
  public String insert(LayerTable t, Map<Column, Object> values, ParsedGeometry geometry)
      throws SQLException {
    String pk = super.insert(t, values, geometry);
    touched.add(t);
    return pk;
  }

  @Override
  public void update(
      LayerTable t, String pk, Map<Column, Object> values, boolean setGeometry, ParsedGeometry g)
      throws SQLException {
    super.update(t, pk, values, setGeometry, g);
    touched.add(t);
  }

  @Override
  public void delete(LayerTable t, String pk) throws SQLException {
    super.delete(t, pk);
    touched.add(t);
  }

  /**
   * Before committing, brings {@code gpkg_contents} up to date for the tables written, as GDAL does
   * when it closes a file: {@code last_change}, and the extent from the rtree (which the triggers
   * kept exact), so readers that trust the stored extent see new features.
   */
  @Override
  public void commit() throws SQLException {
    for (LayerTable t : touched) {
      String rtree = "rtree_" + t.displayName() + "_" + t.geometryColumn();
      boolean hasRtree = false;
      if (t.isSpatial()) {
        try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
          ps.setString(1, rtree);
          try (ResultSet rs = ps.executeQuery()) {
            hasRtree = rs.next();
          }
        }
      }
      String extent =
          hasRtree
              ? ", min_x = (SELECT min(minx) FROM q), max_x = (SELECT max(maxx) FROM q),"
                  + " min_y = (SELECT min(miny) FROM q), max_y = (SELECT max(maxy) FROM q)"
              : "";
      String sql =
          (hasRtree ? "WITH q AS (SELECT * FROM " + LayerTable.quote(rtree) + ") " : "")
              + "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
              + extent
              + " WHERE lower(table_name) = lower(?)";
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setString(1, t.displayName());
        ps.executeUpdate();
      }
    }
    touched.clear();
    super.commit();
  }

  @Override
  public void rollback() throws SQLException {
    touched.clear();
    super.rollback();
  }

  @Override
  public String describe() {
    return file.getFileName().toString();
  }
}

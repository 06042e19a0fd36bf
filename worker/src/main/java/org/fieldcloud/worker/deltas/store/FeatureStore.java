package org.fieldcloud.worker.deltas.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.worker.deltas.geometry.ParsedGeometry;

/**
 * One data source (a GeoPackage file or a PostgreSQL database) opened for the whole run in one
 * transaction. Each delta runs between {@link #beginDelta()} and {@link #endDelta(boolean)}, a
 * savepoint, so a failed delta leaves no trace while the others stay; nothing is visible outside
 * until {@link #commit()}.
 */
public interface FeatureStore extends AutoCloseable {

  /** Describes the table a layer edits; {@code hints} are the datasource's key/geometry column. */
  LayerTable table(String schema, String table, String pkHint, String geometryHint)
      throws LayerUnavailableException;

  /**
   * The current attribute values of the feature with this pk, or empty when there is none.
   *
   * @throws DuplicateFeatureException when more than one row matches (a view with a bad key)
   */
  Optional<Map<String, Object>> find(LayerTable t, String pk)
      throws SQLException, DuplicateFeatureException;

  /**
   * Inserts a row and returns the pk it got.
   *
   * @param geometry {@code null} writes SQL NULL
   */
  String insert(LayerTable t, Map<Column, Object> values, ParsedGeometry geometry)
      throws SQLException;

  void update(
      LayerTable t,
      String pk,
      Map<Column, Object> values,
      boolean setGeometry,
      ParsedGeometry geometry)
      throws SQLException;

  void delete(LayerTable t, String pk) throws SQLException;

  void beginDelta() throws SQLException;

  /**
   * Whether this error may have cost the store its whole transaction, so that the deltas applied
   * before it in this run are no longer there.
   */
  default boolean transactionLost(SQLException e) {
    return false;
  }

  void endDelta(boolean keep) throws SQLException;

  void commit() throws SQLException;

  void rollback() throws SQLException;

  /** For messages: the file or the database the store writes to, without credentials. */
  String describe();

  @Override
  void close() throws SQLException;
}

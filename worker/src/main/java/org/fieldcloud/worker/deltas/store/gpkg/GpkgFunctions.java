package org.fieldcloud.worker.deltas.store.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import org.fieldcloud.worker.deltas.geometry.GpkgGeometry;
import org.sqlite.Function;

/**
 * The SQL functions GDAL/QGIS-written GeoPackages call from their rtree triggers ({@code
 * ST_IsEmpty}, {@code ST_MinX} ... {@code ST_MaxY}) plus {@code ST_SRID}. Plain SQLite lacks them,
 * and without them every INSERT and UPDATE of a spatial table fails with "no such function". They
 * read the blob header (and WKB only for envelope-less points), never build geometry objects.
 */
public final class GpkgFunctions {

  private GpkgFunctions() {}

  public static void register(Connection conn) throws SQLException {
    Function.create(conn, "ST_IsEmpty", new IsEmpty(), 1, Function.FLAG_DETERMINISTIC);
    for (int i = 0; i < 4; i++) {
      String name = new String[] {"ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"}[i];
      Function.create(conn, name, new EnvelopeValue(i), 1, Function.FLAG_DETERMINISTIC);
    }
    Function.create(conn, "ST_SRID", new Srid(), 1, Function.FLAG_DETERMINISTIC);
  }

  private static final class IsEmpty extends Function {
    @Override
    protected void xFunc() throws SQLException {
      byte[] b = value_blob(0);
      if (!GpkgGeometry.isGpkg(b)) {
        result();
        return;
      }
      result(GpkgGeometry.isEmptyFlag(b) || GpkgGeometry.envelope(b) == null ? 1 : 0);
    }
  }

  /** ST_MinX, ST_MaxX, ST_MinY, ST_MaxY by position in the envelope array. */
  private static final class EnvelopeValue extends Function {
    private final int position;

    EnvelopeValue(int position) {
      this.position = position;
    }

    @Override
    protected void xFunc() throws SQLException {
      byte[] b = value_blob(0);
      double[] env = GpkgGeometry.isGpkg(b) ? GpkgGeometry.envelope(b) : null;
      if (env == null) {
        result();
      } else {
        result(env[position]);
      }
    }
  }

  private static final class Srid extends Function {
    @Override
    protected void xFunc() throws SQLException {
      byte[] b = value_blob(0);
      if (!GpkgGeometry.isGpkg(b)) {
        result();
      } else {
        result(GpkgGeometry.srsId(b));
      }
    }
  }
}

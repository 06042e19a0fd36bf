package org.fieldcloud.it.secrets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostGIS database of this test on the machine's PostgreSQL (127.0.0.1:5432, as the worker's
 * PostGIS tests use it: the trust-authenticated superuser {@code postgres}, or {@code
 * FIELDCLOUD_DELTAS_PG_*}), with one point table that only a role with a password may read.
 * Checkouts testing side by side get their own database ({@code FIELDCLOUD_TEST_SLOT}).
 */
final class ScratchPostgis {

  static final String HOST = env("FIELDCLOUD_DELTAS_PG_HOST", "127.0.0.1");
  static final String PORT = env("FIELDCLOUD_DELTAS_PG_PORT", "5432");
  static final String ADMIN = env("FIELDCLOUD_DELTAS_PG_USER", "postgres");
  static final String ADMIN_PASSWORD = env("FIELDCLOUD_DELTAS_PG_PASSWORD", "");
  static final String DB = "fieldcloud_secrets_it" + slotSuffix();
  static final String ROLE = "fieldcloud_secrets_it_reader" + slotSuffix();

  private ScratchPostgis() {}

  /** (Re)creates the database with table {@code hives}; {@code password} becomes the role's. */
  static void create(String password) throws SQLException {
    try (Connection c = connect("postgres");
        var st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + DB);
      st.execute(
          "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
              + ROLE
              + "') THEN CREATE ROLE "
              + ROLE
              + " LOGIN; END IF; END$$");
      st.execute("ALTER ROLE " + ROLE + " PASSWORD '" + password.replace("'", "''") + "'");
    }
    try (Connection c = connect(DB);
        var st = c.createStatement()) {
      st.execute("CREATE EXTENSION postgis");
      st.execute(
          "CREATE TABLE hives (id serial PRIMARY KEY, name text NOT NULL,"
              + " geom geometry(Point, 4326) NOT NULL)");
      st.execute(
          "INSERT INTO hives (name, geom) VALUES"
              + " ('north', ST_SetSRID(ST_MakePoint(7.40, 46.95), 4326)),"
              + " ('south', ST_SetSRID(ST_MakePoint(7.45, 46.90), 4326))");
      st.execute("GRANT SELECT ON hives TO " + ROLE);
      st.execute("GRANT SELECT ON geometry_columns, spatial_ref_sys TO " + ROLE);
    }
  }

  static void drop() throws SQLException {
    try (Connection c = connect("postgres");
        var st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
    }
  }

  /** One pg_service.conf section that reaches the table as the reading role. */
  static String serviceSection(String service, String password) {
    return "["
        + service
        + "]\nhost="
        + HOST
        + "\nport="
        + PORT
        + "\ndbname="
        + DB
        + "\nuser="
        + ROLE
        + "\npassword="
        + password
        + "\nsslmode=disable\n";
  }

  private static Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, ADMIN, ADMIN_PASSWORD);
  }

  private static String slotSuffix() {
    String slot = System.getenv("FIELDCLOUD_TEST_SLOT");
    return slot == null || slot.isBlank() || slot.equals("0")
        ? ""
        : "_" + slot.replaceAll("[^0-9]", "");
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }
}

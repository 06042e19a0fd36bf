package org.fieldcloud.worker.deltas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The fixture GeoPackage loaded into a fresh PostGIS database on the machine's PostgreSQL
 * (127.0.0.1:5432, user postgres), plus a project file whose layers point at it through a pg
 * service, the way a FieldCloud project with online data does.
 */
final class PostgisFixture {

  /** Checkouts testing side by side on one machine get their own databases (./fieldcloud). */
  private static final String SLOT =
      System.getenv("FIELDCLOUD_TEST_SLOT") == null
              || System.getenv("FIELDCLOUD_TEST_SLOT").equals("0")
          ? ""
          : "_" + System.getenv("FIELDCLOUD_TEST_SLOT").replaceAll("[^0-9]", "");

  static final String DB = "fieldcloud_deltas_test" + SLOT;

  /** Loaded once per JVM; each test copies it, which takes a fraction of a load. */
  static final String TEMPLATE = "fieldcloud_deltas_test_template" + SLOT;

  private static boolean templateReady;
  static final String SERVICE = "fieldcloud_deltas_test";

  /**
   * A superuser connection (it creates databases, the postgis extension and a role). Defaults to
   * this machine's trust-authenticated {@code postgres} on 127.0.0.1:5432; a CI without trust
   * authentication sets {@code FIELDCLOUD_DELTAS_PG_USER} / {@code _PASSWORD} / {@code _HOST} /
   * {@code _PORT}.
   */
  static final String HOST = env("FIELDCLOUD_DELTAS_PG_HOST", "127.0.0.1");

  static final String PORT = env("FIELDCLOUD_DELTAS_PG_PORT", "5432");
  static final String USER = env("FIELDCLOUD_DELTAS_PG_USER", "postgres");
  static final String PASSWORD = env("FIELDCLOUD_DELTAS_PG_PASSWORD", "");

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  static final List<String> GPKG_LAYERS =
      List.of(
          "points_xy_897d5ed7_b810_4624_abe3_9f7c0a93d6a1|points_xy",
          "points_xyz_ff574332_1ff5_47e6_8d6a_15f68e0c7cd1|points_xyz",
          "points_xyzm_1cb6363a_5a99_4090_aeaf_d88deec2a3d8|points_xyzm",
          "polygons_f18b6046_8e46_4206_a698_641c58e5ac73|polygons",
          "special_data_types_c89719e4_25b5_4df7_b28d_ea5d086bd292|special_data_types",
          "missing_table_layer|no_such_table");

  private PostgisFixture() {}

  static Connection admin(String db) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, USER, PASSWORD);
  }

  /** Drops and re-creates the test database as a copy of the loaded template. */
  static synchronized void recreate() throws Exception {
    if (!templateReady) {
      loadTemplate();
      templateReady = true;
    }
    try (Connection c = admin("postgres");
        var st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + DB + " TEMPLATE " + TEMPLATE);
    }
  }

  /** Creates the template database and loads testdata.gpkg with ogr2ogr, keeping fids. */
  private static void loadTemplate() throws Exception {
    try (Connection c = admin("postgres");
        var st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + TEMPLATE);
    }
    try (Connection c = admin(TEMPLATE);
        var st = c.createStatement()) {
      st.execute("CREATE EXTENSION postgis");
    }
    Process p =
        new ProcessBuilder(
                "ogr2ogr",
                "-f",
                "PostgreSQL",
                "PG:host="
                    + HOST
                    + " port="
                    + PORT
                    + " user="
                    + USER
                    + (PASSWORD.isEmpty() ? "" : " password=" + PASSWORD)
                    + " dbname="
                    + TEMPLATE,
                Fixtures.deltaDir().resolve("testdata.gpkg").toString(),
                "-lco",
                "FID=fid",
                "-lco",
                "GEOMETRY_NAME=geom",
                "-preserve_fid")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("ogr2ogr failed: " + out);
    }
  }

  /** pg_service.conf and project_pg.qgs in {@code dir}; returns the environment to use. */
  static Map<String, String> writeProject(Path dir) throws IOException {
    Path service = dir.resolve("pg_service.conf");
    Files.writeString(
        service,
        "["
            + SERVICE
            + "]\nhost="
            + HOST
            + "\nport="
            + PORT
            + "\ndbname="
            + DB
            + "\nuser="
            + USER
            + (PASSWORD.isEmpty() ? "" : "\npassword=" + PASSWORD)
            + "\n");
    StringBuilder xml = new StringBuilder("<qgis version=\"3.44.0\"><projectlayers>\n");
    for (String l : GPKG_LAYERS) {
      String[] idTable = l.split("\\|");
      boolean spatial = !idTable[1].equals("special_data_types");
      xml.append("<maplayer type=\"vector\"><id>")
          .append(idTable[0])
          .append("</id><layername>")
          .append(idTable[1])
          .append("</layername><provider>postgres</provider><datasource>")
          .append("service='")
          .append(SERVICE)
          .append("' sslmode=disable key='fid' checkPrimaryKeyUnicity='1' table=\"public\".\"")
          .append(idTable[1])
          .append("\"")
          .append(spatial ? " (geom)" : "")
          .append("</datasource></maplayer>\n");
    }
    xml.append("</projectlayers></qgis>\n");
    Files.writeString(dir.resolve("project_pg.qgs"), xml.toString().replace("\"\"\"", "\""));
    return Map.of("PGSERVICEFILE", service.toString());
  }
}

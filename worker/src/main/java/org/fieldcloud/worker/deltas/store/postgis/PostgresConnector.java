package org.fieldcloud.worker.deltas.store.postgis;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.fieldcloud.worker.deltas.project.PgServiceFile;
import org.fieldcloud.worker.deltas.project.PostgresDatasource;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;

/**
 * Turns a QGIS postgres datasource into a JDBC connection: {@code service=} is looked up in the
 * pg_service file the environment names, then the URI's own host/port/dbname/user/password/sslmode
 * override it, as libpq does. {@code QFC_PG_EFFECTIVE_USER} becomes the session role.
 */
public final class PostgresConnector {

  private final Map<String, String> env;

  public PostgresConnector(Map<String, String> env) {
    this.env = env;
  }

  /** The libpq parameters after merging service and URI; also the key to share connections. */
  public Map<String, String> parameters(PostgresDatasource ds) throws LayerUnavailableException {
    Map<String, String> p = new LinkedHashMap<>();
    String service = ds.param("service");
    if (service != null) {
      try {
        p.putAll(
            PgServiceFile.locate(env)
                .service(service)
                .orElseThrow(
                    () ->
                        new LayerUnavailableException(
                            "Invalid layer: the pg service '"
                                + service
                                + "' is not defined in the pg_service file"
                                + " (PGSERVICEFILE or ~/.pg_service.conf)")));
      } catch (IOException e) {
        throw new LayerUnavailableException(
            "Invalid layer: the pg_service file cannot be read: " + e.getMessage(), e);
      }
    }
    for (String key : new String[] {"host", "port", "dbname", "user", "password", "sslmode"}) {
      if (ds.param(key) != null && !ds.param(key).isEmpty()) {
        p.put(key, ds.param(key));
      }
    }
    String role = env.get("QFC_PG_EFFECTIVE_USER");
    if (role != null && !role.isBlank()) {
      p.put("session_role", role);
    }
    return p;
  }

  public PostgisFeatureStore open(Map<String, String> p) throws LayerUnavailableException {
    String host = p.getOrDefault("host", "localhost");
    String port = p.getOrDefault("port", "5432");
    String db = p.getOrDefault("dbname", p.getOrDefault("user", "postgres"));
    String where = "database " + db + " on " + host + ":" + port;
    Properties props = new Properties();
    if (p.containsKey("user")) {
      props.setProperty("user", p.get("user"));
    }
    if (p.containsKey("password")) {
      props.setProperty("password", p.get("password"));
    }
    if (p.containsKey("sslmode")) {
      props.setProperty("sslmode", p.get("sslmode"));
    }
    props.setProperty("connectTimeout", "10");
    props.setProperty("ApplicationName", "fieldcloud-worker apply_deltas");
    try {
      Connection conn =
          DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, props);
      if (p.containsKey("session_role")) {
        try (var st = conn.createStatement()) {
          st.execute("SET SESSION ROLE " + quoteIdent(p.get("session_role")));
        }
      }
      return new PostgisFeatureStore(conn, where);
    } catch (SQLException e) {
      throw new LayerUnavailableException(
          "Invalid layer: cannot connect to " + where + ": " + e.getMessage(), e);
    }
  }

  private static String quoteIdent(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}

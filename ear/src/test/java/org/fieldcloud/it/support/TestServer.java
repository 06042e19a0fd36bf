package org.fieldcloud.it.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the EAR under test runs, and the database it uses, as ./fieldcloud test set them up. */
public final class TestServer {

  private TestServer() {}

  public static URI url() {
    return URI.create(System.getProperty("fieldcloud.url", "http://127.0.0.1:28080"));
  }

  /** A direct connection to the application's database, for checks the API cannot make. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        env("FIELDCLOUD_DB_URL"), env("FIELDCLOUD_DB_USER"), env("FIELDCLOUD_DB_PASSWORD"));
  }

  public static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests with ./fieldcloud test");
    }
    return value;
  }
}

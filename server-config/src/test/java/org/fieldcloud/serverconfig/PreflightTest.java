package org.fieldcloud.serverconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one-line answers of the preflight check. The last tests use the real database and S3 server
 * that ./fieldcloud test starts.
 */
class PreflightTest {

  @Test
  void rejectsANonPostgresDatabaseUrl() {
    var problem = Preflight.checkDatabase(Map.of("FIELDCLOUD_DB_URL", "mysql://x"));
    assertEquals(
        Optional.of(
            "FIELDCLOUD_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got 'mysql://x'"),
        problem);
  }

  @Test
  void namesTheUnreachableDatabaseInOneLine() throws Exception {
    int closedPort = closedPort();
    var problem =
        Preflight.checkDatabase(
            Map.of("FIELDCLOUD_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/x"));
    assertTrue(problem.isPresent());
    assertTrue(
        problem
            .get()
            .startsWith("cannot use the database jdbc:postgresql://127.0.0.1:" + closedPort),
        problem.get());
    assertFalse(problem.get().contains("\n"));
  }

  @Test
  void asksForS3KeysWhenTheyAreMissing() {
    var problem = Preflight.checkStorage(Map.of("FIELDCLOUD_S3_ENDPOINT", "http://127.0.0.1:9"));
    assertEquals(
        Optional.of(
            "FIELDCLOUD_S3_ACCESS_KEY and FIELDCLOUD_S3_SECRET_KEY must be set for the S3 server at http://127.0.0.1:9"),
        problem);
  }

  @Test
  void namesTheUnreachableS3ServerInOneLine() throws Exception {
    String endpoint = "http://127.0.0.1:" + closedPort();
    var problem =
        Preflight.checkStorage(
            Map.of(
                "FIELDCLOUD_S3_ENDPOINT", endpoint,
                "FIELDCLOUD_S3_ACCESS_KEY", "a",
                "FIELDCLOUD_S3_SECRET_KEY", "b"));
    assertTrue(problem.orElseThrow().startsWith("cannot reach the S3 server at " + endpoint));
    assertFalse(problem.get().contains("\n"));
  }

  @Test
  void acceptsTheTestRunsDatabaseAndS3Server() {
    assumeTrue(System.getenv("FIELDCLOUD_S3_ENDPOINT") != null, "run with ./fieldcloud test");
    assertEquals(Optional.empty(), Preflight.check(System.getenv()));
  }

  @Test
  void saysTheS3KeyIsWrong() {
    assumeTrue(System.getenv("FIELDCLOUD_S3_ENDPOINT") != null, "run with ./fieldcloud test");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("FIELDCLOUD_S3_SECRET_KEY", "not-the-secret");
    var problem = Preflight.checkStorage(env);
    assertTrue(
        problem.orElseThrow().endsWith("the access key or secret key is wrong (403 Forbidden)"),
        problem.get());
  }

  private static int closedPort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package org.fieldcloud.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/** The first staff superuser is created from FIELDCLOUD_ADMIN_* when the service starts. */
class AdminAccountIT {

  @Test
  void firstAdministratorExistsWithAHashedPassword() throws Exception {
    String username = TestServer.env("FIELDCLOUD_ADMIN_USERNAME");
    String password = TestServer.env("FIELDCLOUD_ADMIN_PASSWORD");
    try (var db = TestServer.database();
        var query =
            db.prepareStatement(
                "SELECT u.email, u.is_staff, u.is_superuser, u.is_active, u.type, u.password"
                    + " FROM core_user u JOIN core_person p ON p.user_ptr_id = u.id"
                    + " WHERE u.username = ?")) {
      query.setString(1, username);
      try (var row = query.executeQuery()) {
        assertTrue(row.next(), "no account " + username);
        assertEquals(TestServer.env("FIELDCLOUD_ADMIN_EMAIL"), row.getString("email"));
        assertTrue(row.getBoolean("is_staff"));
        assertTrue(row.getBoolean("is_superuser"));
        assertTrue(row.getBoolean("is_active"));
        assertEquals(1, row.getInt("type"));
        String hash = row.getString("password");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
        assertFalse(hash.contains(password), "the password is stored in clear");
        assertFalse(row.next());
      }
    }
  }
}

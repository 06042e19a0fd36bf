package org.fieldcloud.it.secrets;

import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.fieldcloud.secrets.infrastructure.SecretCipher;

/**
 * Secrets written as the admin console writes them (AdminSecretsBrowserIT drives the console
 * itself): encrypted with the test server's key ({@code FIELDCLOUD_SECRETS_KEY}), so the server can
 * read them and nothing else in the database holds the plain value.
 */
final class StoredSecrets {

  private StoredSecrets() {}

  static SecretCipher cipher() {
    return SecretCipher.withKey(TestServer.env("FIELDCLOUD_SECRETS_KEY"));
  }

  static void ofProject(String projectId, String type, String name, String value, String user) {
    Accounts.sql(
        "INSERT INTO core_secret (name, type, project_id, assigned_to_id, value)"
            + " VALUES (?, ?, ?, (SELECT id FROM core_user WHERE username = ?), ?)",
        name,
        type,
        UUID.fromString(projectId),
        user,
        cipher().encrypt(value));
  }

  static void ofOrganization(
      String organization, String type, String name, String value, String user) {
    Accounts.sql(
        "INSERT INTO core_secret (name, type, organization_id, assigned_to_id, value)"
            + " VALUES (?, ?, (SELECT id FROM core_user WHERE username = ?),"
            + " (SELECT id FROM core_user WHERE username = ?), ?)",
        name,
        type,
        organization,
        user,
        cipher().encrypt(value));
  }
}

package org.fieldcloud.it.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;

/**
 * Package jobs and worker tokens made directly in the database, as the queue consumer and the job
 * runner make them, so the package endpoints can be tested without running a worker.
 */
public final class PackageJobRows {

  private PackageJobRows() {}

  static String project(ApiClient api, String owner) {
    var response =
        api.postForm(
            "projects",
            Map.of(
                "name",
                Accounts.unique("pkg"),
                "owner",
                owner,
                "description",
                "",
                "is_public",
                "0"));
    if (response.status() != 201) {
      throw new IllegalStateException(response.toString());
    }
    return response.json().getString("id");
  }

  static long userId(String username) {
    return Accounts.queryLong("SELECT id FROM core_user WHERE username = ?", username);
  }

  /** A package job of {@code username} in status {@code status}; returns its id. */
  public static String packageJob(String projectId, String username, String status) {
    String id = UUID.randomUUID().toString();
    long user = userId(username);
    Accounts.sql(
        "INSERT INTO core_job (id, project_id, type, status, triggered_by_id, created_by_id,"
            + " started_at) VALUES (?::uuid, ?::uuid, 'package', ?, ?, ?, now())",
        id,
        projectId,
        status,
        user,
        user);
    return id;
  }

  /** A temporary token of client type worker for {@code username}, as the job runner issues. */
  public static ApiClient worker(String username) {
    String key = "worker-" + UUID.randomUUID().toString().replace("-", "");
    Accounts.sql(
        "INSERT INTO authentication_authtoken (user_id, key, expires_at, client_type)"
            + " VALUES (?, ?, now() + interval '1 hour', 'worker')",
        userId(username),
        key);
    return ApiClient.anonymous().withToken(key).withUserAgent("fieldcloud-worker");
  }

  /** Ends the job as the consumer does after a successful run, with the worker's feedback. */
  public static void finish(String projectId, String jobId) {
    Accounts.sql(
        "UPDATE core_job SET status = 'finished', finished_at = now(), feedback = ?"
            + " WHERE id = ?::uuid",
        feedback("package_simple_bee_farming.json"),
        jobId);
    Accounts.sql(
        "UPDATE project_project SET data_last_packaged_at ="
            + " (SELECT started_at FROM core_job WHERE id = ?::uuid) WHERE id = ?::uuid",
        jobId,
        projectId);
  }

  static String feedback(String name) {
    try (InputStream in = PackageJobRows.class.getResourceAsStream("/feedback/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

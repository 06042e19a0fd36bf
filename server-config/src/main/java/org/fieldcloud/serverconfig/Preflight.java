package org.fieldcloud.serverconfig;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Checks, before the application server starts, that the configured database and S3 server can be
 * used, and says in one line what is wrong when they cannot. Reads the same {@code FIELDCLOUD_*}
 * environment variables as the application. Exit code 0 when all is well.
 */
public final class Preflight {

  private Preflight() {}

  public static void main(String[] args) {
    Optional<String> problem = check(System.getenv());
    if (problem.isPresent()) {
      System.err.println("fieldcloud: " + problem.get());
      System.exit(1);
    }
  }

  static Optional<String> check(Map<String, String> env) {
    return checkDatabase(env).or(() -> checkStorage(env));
  }

  static Optional<String> checkDatabase(Map<String, String> env) {
    String url = env.getOrDefault("FIELDCLOUD_DB_URL", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      return Optional.of(
          "FIELDCLOUD_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got '"
              + url
              + "'");
    }
    try (var connection =
            DriverManager.getConnection(
                url,
                env.getOrDefault("FIELDCLOUD_DB_USER", ""),
                env.getOrDefault("FIELDCLOUD_DB_PASSWORD", ""));
        var statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("cannot use the database " + url + ": " + firstLine(e.getMessage()));
    }
  }

  static Optional<String> checkStorage(Map<String, String> env) {
    String endpoint = env.getOrDefault("FIELDCLOUD_S3_ENDPOINT", "");
    String bucket = env.getOrDefault("FIELDCLOUD_S3_BUCKET", "fieldcloud");
    URI uri;
    try {
      uri = URI.create(endpoint);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
    } catch (IllegalArgumentException e) {
      return Optional.of(
          "FIELDCLOUD_S3_ENDPOINT must be an http(s) URL of an S3 server, got '" + endpoint + "'");
    }
    String accessKey = env.getOrDefault("FIELDCLOUD_S3_ACCESS_KEY", "");
    String secretKey = env.getOrDefault("FIELDCLOUD_S3_SECRET_KEY", "");
    if (accessKey.isBlank() || secretKey.isBlank()) {
      return Optional.of(
          "FIELDCLOUD_S3_ACCESS_KEY and FIELDCLOUD_S3_SECRET_KEY must be set for the S3 server at "
              + endpoint);
    }
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(uri)
            .region(Region.of(env.getOrDefault("FIELDCLOUD_S3_REGION", "us-east-1")))
            .forcePathStyle(!"false".equalsIgnoreCase(env.get("FIELDCLOUD_S3_PATH_STYLE")))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      s3.headBucket(b -> b.bucket(bucket));
      return Optional.empty();
    } catch (NoSuchBucketException e) {
      return Optional.empty(); // the application creates it at start
    } catch (AwsServiceException e) {
      String reason =
          e.statusCode() == 403
              ? "the access key or secret key is wrong (403 Forbidden)"
              : "HTTP " + e.statusCode() + " " + firstLine(e.getMessage());
      return Optional.of(
          "cannot use the S3 bucket '" + bucket + "' at " + endpoint + ": " + reason);
    } catch (SdkException e) {
      return Optional.of(
          "cannot reach the S3 server at " + endpoint + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

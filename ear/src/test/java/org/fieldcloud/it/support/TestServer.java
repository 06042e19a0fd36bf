package org.fieldcloud.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Where the EAR under test runs, and the database it uses, as ./fieldcloud test set them up. */
public final class TestServer {

  private TestServer() {}

  public static URI url() {
    return URI.create(System.getProperty("fieldcloud.url", "http://127.0.0.1:28080"));
  }

  /** The process id of the test server (its domain's pid file, written at each start). */
  public static long pid() throws IOException {
    return Long.parseLong(
        Files.readString(
                Path.of("..")
                    .toAbsolutePath()
                    .normalize()
                    .resolve("ear/target/it-payara/domains/fieldcloud-it/config/pid"))
            .strip());
  }

  /** A direct connection to the application's database, for checks the API cannot make. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        env("FIELDCLOUD_DB_URL"), env("FIELDCLOUD_DB_USER"), env("FIELDCLOUD_DB_PASSWORD"));
  }

  /** The keys the application stored in its bucket under {@code prefix}. */
  public static List<String> objectKeys(String prefix) {
    try (S3Client s3 = s3()) {
      return s3
          .listObjectsV2(b -> b.bucket(env("FIELDCLOUD_S3_BUCKET")).prefix(prefix))
          .contents()
          .stream()
          .map(S3Object::key)
          .toList();
    }
  }

  /** The bytes of a stored object. */
  public static byte[] objectBytes(String key) {
    try (S3Client s3 = s3()) {
      return s3.getObjectAsBytes(b -> b.bucket(env("FIELDCLOUD_S3_BUCKET")).key(key)).asByteArray();
    }
  }

  private static S3Client s3() {
    return S3Client.builder()
        .endpointOverride(URI.create(env("FIELDCLOUD_S3_ENDPOINT")))
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    env("FIELDCLOUD_S3_ACCESS_KEY"), env("FIELDCLOUD_S3_SECRET_KEY"))))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run the tests with ./fieldcloud test");
    }
    return value;
  }
}

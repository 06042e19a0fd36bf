package org.fieldcloud.files.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The one S3 client of the application, bound to the configured bucket. The bucket is created at
 * start when it is missing, so a fresh S3 server needs no manual set-up.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ObjectStorage {

  private static final Logger LOG = Logger.getLogger(ObjectStorage.class.getName());

  @Inject ObjectStorageSettings settings;

  private S3Client client;
  private S3Presigner presigner;

  @PostConstruct
  void connect() {
    var credentials =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    client =
        S3Client.builder()
            .endpointOverride(settings.endpoint())
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .credentialsProvider(credentials)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    presigner =
        S3Presigner.builder()
            .endpointOverride(settings.endpoint())
            .region(Region.of(settings.region()))
            .serviceConfiguration(
                S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build())
            .credentialsProvider(credentials)
            .build();
    try {
      ensureBucket();
    } catch (SdkException e) {
      // The status endpoint reports storage as "error" until the server is reachable.
      LOG.log(
          Level.SEVERE,
          "Object storage {0} (bucket {1}) is not usable: {2}",
          new Object[] {settings.endpoint(), settings.bucket(), e.getMessage()});
    }
  }

  @PreDestroy
  void close() {
    presigner.close();
    client.close();
  }

  /** A URL that GETs {@code key} without credentials for {@code validity}. */
  public String presignedGet(String key, Duration validity) {
    return presigner
        .presignGetObject(
            p -> p.signatureDuration(validity).getObjectRequest(g -> g.bucket(bucket()).key(key)))
        .url()
        .toString();
  }

  /**
   * Removes {@code key}; a failure is logged, not raised: at worst an unreferenced object stays,
   * the database never points at a missing one.
   */
  public void deleteQuietly(String key) {
    try {
      client.deleteObject(b -> b.bucket(bucket()).key(key));
    } catch (SdkException e) {
      LOG.log(Level.WARNING, "Object " + key + " could not be removed", e);
    }
  }

  public S3Client client() {
    return client;
  }

  public String bucket() {
    return settings.bucket();
  }

  /** True when the bucket answers a HEAD request with the configured credentials. */
  public boolean isHealthy() {
    try {
      client.headBucket(b -> b.bucket(settings.bucket()));
      return true;
    } catch (SdkException e) {
      LOG.log(Level.WARNING, "Object storage health check failed: {0}", e.getMessage());
      return false;
    }
  }

  private void ensureBucket() {
    try {
      client.headBucket(b -> b.bucket(settings.bucket()));
    } catch (NoSuchBucketException e) {
      client.createBucket(b -> b.bucket(settings.bucket()));
      LOG.info(() -> "Created bucket " + settings.bucket());
    }
  }
}

package org.fieldcloud.files.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

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

  @PostConstruct
  void connect() {
    client =
        S3Client.builder()
            .endpointOverride(settings.endpoint())
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
            .httpClient(UrlConnectionHttpClient.create())
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
    client.close();
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

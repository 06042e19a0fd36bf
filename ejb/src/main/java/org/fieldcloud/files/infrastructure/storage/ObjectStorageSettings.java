package org.fieldcloud.files.infrastructure.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the S3 object storage is and how to sign in to it. Every value comes from MicroProfile
 * Config ({@code fieldcloud.s3.*}, or the environment variables {@code FIELDCLOUD_S3_*}).
 */
@ApplicationScoped
public class ObjectStorageSettings {

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.endpoint", defaultValue = "http://127.0.0.1:9000")
  String endpoint;

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.region", defaultValue = "us-east-1")
  String region;

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.bucket", defaultValue = "fieldcloud")
  String bucket;

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.access-key", defaultValue = "fieldcloud")
  String accessKey;

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.secret-key", defaultValue = "fieldcloud")
  String secretKey;

  @Inject
  @ConfigProperty(name = "fieldcloud.s3.path-style", defaultValue = "true")
  boolean pathStyle;

  public URI endpoint() {
    return URI.create(endpoint);
  }

  public String region() {
    return region;
  }

  public String bucket() {
    return bucket;
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  public boolean pathStyle() {
    return pathStyle;
  }
}

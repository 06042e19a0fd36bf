package org.fieldcloud.packages.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One file of a package job's output (api.md 5.9): what QField downloads. Not versioned: a second
 * upload of the same name by the same job replaces the first.
 */
@Entity
@Table(name = "packages_packagefile")
public class PackageFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private UUID jobId;

  @Column(nullable = false)
  private String name;

  @Column(name = "object_key", nullable = false)
  private String objectKey;

  @Column(nullable = false)
  private long size;

  @Column(name = "md5sum", nullable = false)
  private byte[] md5;

  @Column(name = "sha256sum", nullable = false)
  private byte[] sha256;

  /** S3-style ETag (plain MD5 up to one 8 MiB part), what the clients compare. */
  @Column(nullable = false)
  private String etag;

  @Column(name = "uploaded_at", nullable = false)
  private OffsetDateTime uploadedAt;

  protected PackageFile() {}

  public PackageFile(UUID jobId, String name, String objectKey) {
    this.jobId = jobId;
    this.name = name;
    this.objectKey = objectKey;
  }

  /** Records the content now stored under {@link #getObjectKey()}. */
  public void stored(long size, byte[] md5, byte[] sha256, String etag) {
    this.size = size;
    this.md5 = md5.clone();
    this.sha256 = sha256.clone();
    this.etag = etag;
    this.uploadedAt = OffsetDateTime.now();
  }

  /** Where a package job's file is kept (model.md 1.3). */
  public static String objectKey(UUID projectId, UUID jobId, String name) {
    return "projects/" + projectId + "/packages/" + jobId + "/" + name;
  }

  public Long getId() {
    return id;
  }

  public UUID getJobId() {
    return jobId;
  }

  public String getName() {
    return name;
  }

  public String getObjectKey() {
    return objectKey;
  }

  public long getSize() {
    return size;
  }

  public String md5Hex() {
    return HexFormat.of().formatHex(md5);
  }

  public String sha256Hex() {
    return HexFormat.of().formatHex(sha256);
  }

  public String getEtag() {
    return etag;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}

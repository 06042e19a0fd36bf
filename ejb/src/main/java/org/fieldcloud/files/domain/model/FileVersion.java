package org.fieldcloud.files.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;

/**
 * One uploaded version of a {@link ProjectFile}: its own object in the storage under {@link
 * #getContent()}, with the checksums computed while it was uploaded (model.md 1.3.2).
 */
@Entity
@Table(name = "filestorage_fileversion")
public class FileVersion {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("'v'yyyyMMddHHmmss");

  @Id private UUID id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private Long fileId;

  @Column(name = "file_storage", nullable = false, updatable = false)
  private String fileStorage = "default";

  @Column(nullable = false, updatable = false)
  private String content;

  @Column(nullable = false, updatable = false)
  private String etag;

  @Column(nullable = false, updatable = false)
  private byte[] md5sum;

  @Column(nullable = false, updatable = false)
  private byte[] sha256sum;

  @Column(nullable = false, updatable = false)
  private long size;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by_id")
  private Long uploadedById;

  /** The same column as {@link #uploadedById}, for showing and sorting by the uploader's name. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "uploaded_by_id", insertable = false, updatable = false)
  private User uploadedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected FileVersion() {}

  /**
   * A version whose bytes are already stored under {@code content}.
   *
   * @param id the version id, which is part of the key
   */
  public FileVersion(
      UUID id,
      long fileId,
      String content,
      String etag,
      byte[] md5sum,
      byte[] sha256sum,
      long size,
      long uploadedById,
      OffsetDateTime uploadedAt) {
    this.id = id;
    this.fileId = fileId;
    this.content = content;
    this.etag = etag;
    this.md5sum = md5sum.clone();
    this.sha256sum = sha256sum.clone();
    this.size = size;
    this.uploadedById = uploadedById;
    this.uploadedAt = uploadedAt;
    this.createdAt = uploadedAt;
  }

  /** The storage key of a new version (model.md 1.3.2): {@code .../<name>/<display>-<id8>}. */
  public static String keyOf(UUID projectId, FileName name, UUID versionId, OffsetDateTime at) {
    return "projects/%s/files/%s/%s-%s"
        .formatted(projectId, name.value(), display(at), versionId.toString().substring(0, 8));
  }

  /** {@code v%Y%m%d%H%M%S} of the upload time in UTC, e.g. {@code v20250305142201}. */
  public static String display(OffsetDateTime at) {
    return at.atZoneSameInstant(ZoneOffset.UTC).format(DISPLAY);
  }

  public String display() {
    return display(uploadedAt);
  }

  public UUID getId() {
    return id;
  }

  public Long getFileId() {
    return fileId;
  }

  public String getContent() {
    return content;
  }

  public String getEtag() {
    return etag;
  }

  /** The MD5 checksum in lower-case hex, as the reference's admin shows it. */
  public String getMd5Hex() {
    return HexFormat.of().formatHex(md5sum);
  }

  /** Null when the uploader's account was deleted. */
  public User getUploadedBy() {
    return uploadedBy;
  }

  public byte[] getSha256sum() {
    return sha256sum.clone();
  }

  public long getSize() {
    return size;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}

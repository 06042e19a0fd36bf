package org.fieldcloud.files.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file of a project with its versions (model.md 1.3.1); the bytes live in the versions. The name
 * is unique per project and file type.
 */
@Entity
@Table(name = "filestorage_file")
public class ProjectFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false, updatable = false)
  private UUID projectId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "file_type", nullable = false, updatable = false)
  private short fileType;

  @Column(name = "latest_version_id")
  private UUID latestVersionId;

  @Column(name = "latest_version_count", nullable = false)
  private int latestVersionCount;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by_id")
  private Long uploadedById;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected ProjectFile() {}

  public ProjectFile(UUID projectId, FileName name, long uploadedById, OffsetDateTime at) {
    this.projectId = projectId;
    this.name = name.value();
    this.fileType = FileType.PROJECT_FILE;
    this.uploadedById = uploadedById;
    this.uploadedAt = at;
    this.createdAt = at;
  }

  /** Makes {@code version} the latest one; it counts as one more version ever uploaded. */
  public void addVersion(FileVersion version) {
    latestVersionId = version.getId();
    latestVersionCount++;
  }

  /** Points at another version as the latest, after the latest one was deleted. */
  public void repointLatest(UUID versionId) {
    latestVersionId = versionId;
  }

  public Long getId() {
    return id;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public String getName() {
    return name;
  }

  public UUID getLatestVersionId() {
    return latestVersionId;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }
}

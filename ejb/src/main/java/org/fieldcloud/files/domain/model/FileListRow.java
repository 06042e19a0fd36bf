package org.fieldcloud.files.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.Project;

/**
 * A project file as the admin console lists it (model.md 2.11), read from the view {@code
 * admin_file_list_vw}: with the count and total size of its kept versions and its latest upload, so
 * that the database can sort and page by them. Read-only.
 */
@Entity
@Table(name = "admin_file_list_vw")
public class FileListRow {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id", insertable = false, updatable = false)
  private Project project;

  @Column(insertable = false, updatable = false)
  private String name;

  @Column(name = "latest_version_id", insertable = false, updatable = false)
  private UUID latestVersionId;

  /** Versions ever uploaded (the reference's latest_version_count), deleted ones included. */
  @Column(name = "latest_version_count", insertable = false, updatable = false)
  private int latestVersionCount;

  @Column(name = "latest_size", insertable = false, updatable = false)
  private Long latestSize;

  @Column(name = "latest_etag", insertable = false, updatable = false)
  private String latestEtag;

  @Column(name = "latest_uploaded_at", insertable = false, updatable = false)
  private OffsetDateTime latestUploadedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "latest_uploaded_by_id", insertable = false, updatable = false)
  private User latestUploadedBy;

  /** Versions kept now. */
  @Column(name = "versions_count", insertable = false, updatable = false)
  private long versionsCount;

  @Column(name = "versions_size", insertable = false, updatable = false)
  private long versionsSize;

  @Column(name = "created_at", insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected FileListRow() {}

  public Long getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public String getName() {
    return name;
  }

  public UUID getLatestVersionId() {
    return latestVersionId;
  }

  public int getLatestVersionCount() {
    return latestVersionCount;
  }

  public Long getLatestSize() {
    return latestSize;
  }

  public String getLatestEtag() {
    return latestEtag;
  }

  public OffsetDateTime getLatestUploadedAt() {
    return latestUploadedAt;
  }

  public User getLatestUploadedBy() {
    return latestUploadedBy;
  }

  public long getVersionsCount() {
    return versionsCount;
  }

  public long getVersionsSize() {
    return versionsSize;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}

package org.fieldcloud.projects.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.accounts.domain.model.User;

/**
 * A QGIS project with its files, owned by a person or an organization (model.md 1.2.1). The name is
 * unique per owner; a project named {@code shared_datasets} is always of that type.
 */
@Entity
@Table(name = "project_project")
public class Project {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description = "";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private User owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "is_public", nullable = false)
  private boolean isPublic;

  @Column(name = "project_type", nullable = false)
  private ProjectType projectType = ProjectType.REGULAR;

  @Column(name = "the_qgis_file_name")
  private String theQgisFileName;

  @Column(name = "project_details")
  private String projectDetails;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "file_storage_bytes", nullable = false)
  private long fileStorageBytes;

  @Column(name = "data_last_updated_at")
  private OffsetDateTime dataLastUpdatedAt;

  @Column(name = "data_last_packaged_at")
  private OffsetDateTime dataLastPackagedAt;

  @Column(name = "restricted_data_last_updated_at")
  private OffsetDateTime restrictedDataLastUpdatedAt;

  @Column(name = "overwrite_conflicts", nullable = false)
  private boolean overwriteConflicts = true;

  @Column(name = "has_restricted_projectfiles", nullable = false)
  private boolean hasRestrictedProjectfiles;

  @Column(name = "is_attachment_download_on_demand", nullable = false)
  private boolean attachmentDownloadOnDemand;

  @Column(name = "is_featured", nullable = false)
  private boolean featured;

  @Column(name = "thumbnail")
  private String thumbnail;

  @Column(name = "qgis_version")
  private String qgisVersion;

  /** Versions kept per file; null means the configured default (model.md 5.4). */
  @Column(name = "storage_keep_versions")
  private Integer storageKeepVersions;

  protected Project() {}

  public Project(String name, User owner, User createdBy) {
    this.id = UUID.randomUUID();
    this.owner = owner;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
    rename(name);
  }

  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now();
  }

  /** Renames the project; the shared-datasets name forces that type (model.md 1.2.1). */
  public void rename(String newName) {
    this.name = newName;
    if (ProjectType.SHARED_DATASETS_NAME.equals(newName)) {
      projectType = ProjectType.SHARED_DATASETS;
    }
  }

  /** Sets regular or template; ignored for the shared-datasets project, as the reference does. */
  public void changeType(ProjectType type) {
    if (type == ProjectType.SHARED_DATASETS) {
      throw new IllegalArgumentException("shared_datasets is not a type one can choose");
    }
    if (!ProjectType.SHARED_DATASETS_NAME.equals(name)) {
      projectType = type;
    }
  }

  public void transferTo(User newOwner) {
    this.owner = newOwner;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description == null ? "" : description;
  }

  public User getOwner() {
    return owner;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public boolean isPublic() {
    return isPublic;
  }

  public void setPublic(boolean isPublic) {
    this.isPublic = isPublic;
  }

  public ProjectType getProjectType() {
    return projectType;
  }

  public String getTheQgisFileName() {
    return theQgisFileName;
  }

  public void setTheQgisFileName(String theQgisFileName) {
    this.theQgisFileName = theQgisFileName;
  }

  public String getProjectDetails() {
    return projectDetails;
  }

  public void setProjectDetails(String projectDetailsJson) {
    this.projectDetails = projectDetailsJson;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getFileStorageBytes() {
    return fileStorageBytes;
  }

  public void setFileStorageBytes(long fileStorageBytes) {
    this.fileStorageBytes = fileStorageBytes;
  }

  public OffsetDateTime getDataLastUpdatedAt() {
    return dataLastUpdatedAt;
  }

  public void setDataLastUpdatedAt(OffsetDateTime at) {
    this.dataLastUpdatedAt = at;
  }

  public OffsetDateTime getDataLastPackagedAt() {
    return dataLastPackagedAt;
  }

  public void setDataLastPackagedAt(OffsetDateTime at) {
    this.dataLastPackagedAt = at;
  }

  public OffsetDateTime getRestrictedDataLastUpdatedAt() {
    return restrictedDataLastUpdatedAt;
  }

  public void setRestrictedDataLastUpdatedAt(OffsetDateTime at) {
    this.restrictedDataLastUpdatedAt = at;
  }

  public boolean isOverwriteConflicts() {
    return overwriteConflicts;
  }

  public void setOverwriteConflicts(boolean overwriteConflicts) {
    this.overwriteConflicts = overwriteConflicts;
  }

  public boolean hasRestrictedProjectfiles() {
    return hasRestrictedProjectfiles;
  }

  public void setHasRestrictedProjectfiles(boolean value) {
    this.hasRestrictedProjectfiles = value;
  }

  public boolean isAttachmentDownloadOnDemand() {
    return attachmentDownloadOnDemand;
  }

  public void setAttachmentDownloadOnDemand(boolean value) {
    this.attachmentDownloadOnDemand = value;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public String getThumbnail() {
    return thumbnail;
  }

  public void setThumbnail(String thumbnailKey) {
    this.thumbnail = thumbnailKey;
  }

  public String getQgisVersion() {
    return qgisVersion;
  }

  public void setQgisVersion(String qgisVersion) {
    this.qgisVersion = qgisVersion;
  }

  public Integer getStorageKeepVersions() {
    return storageKeepVersions;
  }
}

package org.fieldcloud.projects.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A project as the API shows it (api.md 6.3), in the contract's field order. {@code user_role} and
 * {@code user_role_origin} are left out of the create response, as QFieldCloud does.
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "projectType",
  "owner",
  "description",
  "isPrivate",
  "isPublic",
  "createdAt",
  "updatedAt",
  "dataLastPackagedAt",
  "dataLastUpdatedAt",
  "restrictedDataLastUpdatedAt",
  "canRepackage",
  "needsRepackaging",
  "status",
  "userRole",
  "userRoleOrigin",
  "sharedDatasetsProjectId",
  "isSharedDatasetsProject",
  "isFeatured",
  "isAttachmentDownloadOnDemand",
  "hasRestrictedProjectfiles",
  "overwriteConflicts",
  "fileStorageBytes",
  "theQgisFileName"
})
public record ProjectView(
    UUID id,
    String name,
    String projectType,
    String owner,
    String description,
    @JsonbProperty("private") boolean isPrivate,
    boolean isPublic,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime dataLastPackagedAt,
    OffsetDateTime dataLastUpdatedAt,
    OffsetDateTime restrictedDataLastUpdatedAt,
    boolean canRepackage,
    boolean needsRepackaging,
    String status,
    @JsonbNillable(false) String userRole,
    @JsonbNillable(false) String userRoleOrigin,
    UUID sharedDatasetsProjectId,
    boolean isSharedDatasetsProject,
    boolean isFeatured,
    boolean isAttachmentDownloadOnDemand,
    boolean hasRestrictedProjectfiles,
    boolean overwriteConflicts,
    long fileStorageBytes,
    String theQgisFileName) {}

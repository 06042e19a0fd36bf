package org.fieldcloud.projects.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A project as the API shows it (api.md 6.3), written by {@link ProjectJson} (field names, order,
 * nulls) rather than JSON-B.
 *
 * @param userRole null in the create response, which leaves {@code user_role} and {@code
 *     user_role_origin} out, as QFieldCloud does
 */
public record ProjectView(
    UUID id,
    String name,
    String projectType,
    String owner,
    String description,
    boolean isPrivate,
    boolean isPublic,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime dataLastPackagedAt,
    OffsetDateTime dataLastUpdatedAt,
    OffsetDateTime restrictedDataLastUpdatedAt,
    boolean canRepackage,
    boolean needsRepackaging,
    String status,
    String userRole,
    String userRoleOrigin,
    UUID sharedDatasetsProjectId,
    boolean isSharedDatasetsProject,
    boolean isFeatured,
    boolean isAttachmentDownloadOnDemand,
    boolean hasRestrictedProjectfiles,
    boolean overwriteConflicts,
    long fileStorageBytes,
    String theQgisFileName) {}

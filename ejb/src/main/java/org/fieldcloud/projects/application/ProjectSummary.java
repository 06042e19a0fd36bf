package org.fieldcloud.projects.application;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectStatus;
import org.fieldcloud.projects.domain.model.ProjectType;

/**
 * What the API shows of a project (api.md 6.3), read either from a {@link Project} entity or, for
 * the project list, straight from one SQL row: the list has up to thousands of them, and building
 * entities for each was most of its cost (docs/benchmarks.md, projects-list).
 *
 * @param role the caller's role, or null where the response leaves it out
 * @param sharedDatasetsProjectId the owner's {@code shared_datasets} project, if they have one
 */
public record ProjectSummary(
    UUID id,
    String name,
    ProjectType projectType,
    String owner,
    String description,
    boolean isPublic,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime dataLastPackagedAt,
    OffsetDateTime dataLastUpdatedAt,
    OffsetDateTime restrictedDataLastUpdatedAt,
    ProjectStatus status,
    EffectiveRole role,
    UUID sharedDatasetsProjectId,
    boolean isFeatured,
    boolean isAttachmentDownloadOnDemand,
    boolean hasRestrictedProjectfiles,
    boolean overwriteConflicts,
    long fileStorageBytes,
    String theQgisFileName) {

  public static ProjectSummary of(
      Project p, EffectiveRole role, UUID sharedDatasetsProjectId, boolean busy) {
    return new ProjectSummary(
        p.getId(),
        p.getName(),
        p.getProjectType(),
        p.getOwner().getUsername(),
        p.getDescription(),
        p.isPublic(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getDataLastPackagedAt(),
        p.getDataLastUpdatedAt(),
        p.getRestrictedDataLastUpdatedAt(),
        ProjectStatus.of(p, busy),
        role,
        sharedDatasetsProjectId,
        p.isFeatured(),
        p.isAttachmentDownloadOnDemand(),
        p.hasRestrictedProjectfiles(),
        p.isOverwriteConflicts(),
        p.getFileStorageBytes(),
        p.getTheQgisFileName());
  }
}

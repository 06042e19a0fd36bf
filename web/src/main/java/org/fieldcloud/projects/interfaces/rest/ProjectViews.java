package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.jobs.application.JobQueries;
import org.fieldcloud.projects.application.ProjectCatalog;
import org.fieldcloud.projects.application.ProjectCatalog.ProjectWithRole;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectStatus;
import org.fieldcloud.projects.domain.model.ProjectType;

/**
 * Turns projects into {@link ProjectView}s. The owners' shared-datasets projects are looked up in
 * one query per list, not one per project.
 */
@ApplicationScoped
public class ProjectViews {

  @EJB ProjectCatalog catalog;
  @EJB JobQueries jobs;

  public List<ProjectView> of(List<ProjectWithRole> projects) {
    Map<Long, UUID> sharedDatasets =
        catalog.sharedDatasetsProjects(
            projects.stream().map(p -> p.project().getOwner().getId()).distinct().toList());
    Set<UUID> busy = jobs.busyProjects(projects.stream().map(p -> p.project().getId()).toList());
    return projects.stream()
        .map(
            p ->
                view(
                    p.project(),
                    p.role(),
                    sharedDatasets.get(p.project().getOwner().getId()),
                    busy.contains(p.project().getId())))
        .toList();
  }

  public ProjectView of(Project project, EffectiveRole role) {
    return of(List.of(new ProjectWithRole(project, role))).get(0);
  }

  /** The create response: without the caller's role (api.md 5.6). */
  public ProjectView created(Project project) {
    return view(
        project,
        null,
        catalog
            .sharedDatasetsProjects(List.of(project.getOwner().getId()))
            .get(project.getOwner().getId()),
        jobs.busyProjects(List.of(project.getId())).contains(project.getId()));
  }

  private static ProjectView view(
      Project p, EffectiveRole role, UUID sharedDatasetsProjectId, boolean busy) {
    boolean isSharedDatasets = p.getProjectType() == ProjectType.SHARED_DATASETS;
    return new ProjectView(
        p.getId(),
        p.getName(),
        p.getProjectType().wireName(),
        p.getOwner().getUsername(),
        p.getDescription(),
        !p.isPublic(),
        p.isPublic(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getDataLastPackagedAt(),
        p.getDataLastUpdatedAt(),
        p.getRestrictedDataLastUpdatedAt(),
        p.getProjectType() != ProjectType.TEMPLATE,
        // Until package jobs exist, every project needs (re)packaging (api.md 6.3).
        true,
        ProjectStatus.of(p, busy).wireName(),
        role == null ? null : role.role().wireName(),
        role == null ? null : role.origin().wireName(),
        sharedDatasetsProjectId,
        isSharedDatasets,
        p.isFeatured(),
        p.isAttachmentDownloadOnDemand(),
        p.hasRestrictedProjectfiles(),
        p.isOverwriteConflicts(),
        p.getFileStorageBytes(),
        p.getTheQgisFileName());
  }
}

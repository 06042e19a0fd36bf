package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.fieldcloud.jobs.application.JobQueries;
import org.fieldcloud.projects.application.ProjectCatalog;
import org.fieldcloud.projects.application.ProjectSummary;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectType;

/**
 * Turns projects into {@link ProjectView}s. A list arrives as {@link ProjectSummary}s read by one
 * query; a single project's owner's shared-datasets project is looked up here.
 */
@ApplicationScoped
public class ProjectViews {

  @EJB ProjectCatalog catalog;
  @EJB JobQueries jobs;

  public List<ProjectView> of(List<ProjectSummary> projects) {
    return projects.stream().map(ProjectViews::view).toList();
  }

  public ProjectView of(Project project, EffectiveRole role) {
    boolean busy = jobs.busyProjects(List.of(project.getId())).contains(project.getId());
    return view(ProjectSummary.of(project, role, sharedDatasetsProject(project), busy));
  }

  /** The create response: without the caller's role (api.md 5.6). */
  public ProjectView created(Project project) {
    return of(project, null);
  }

  private UUID sharedDatasetsProject(Project project) {
    long owner = project.getOwner().getId();
    return catalog.sharedDatasetsProjects(List.of(owner)).get(owner);
  }

  private static ProjectView view(ProjectSummary p) {
    EffectiveRole role = p.role();
    return new ProjectView(
        p.id(),
        p.name(),
        p.projectType().wireName(),
        p.owner(),
        p.description(),
        !p.isPublic(),
        p.isPublic(),
        p.createdAt(),
        p.updatedAt(),
        p.dataLastPackagedAt(),
        p.dataLastUpdatedAt(),
        p.restrictedDataLastUpdatedAt(),
        p.projectType() != ProjectType.TEMPLATE,
        // Until package jobs exist, every project needs (re)packaging (api.md 6.3).
        true,
        p.status().wireName(),
        role == null ? null : role.role().wireName(),
        role == null ? null : role.origin().wireName(),
        p.sharedDatasetsProjectId(),
        p.projectType() == ProjectType.SHARED_DATASETS,
        p.isFeatured(),
        p.isAttachmentDownloadOnDemand(),
        p.hasRestrictedProjectfiles(),
        p.overwriteConflicts(),
        p.fileStorageBytes(),
        p.theQgisFileName());
  }
}

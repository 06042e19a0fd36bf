package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.packages.application.ProjectPackaging;
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
  @EJB ProjectPackaging packaging;

  public List<ProjectView> of(List<ProjectSummary> projects) {
    Set<UUID> upToDate = packaging.upToDate(projects);
    return projects.stream().map(p -> view(p, !upToDate.contains(p.id()))).toList();
  }

  public ProjectView of(Project project, EffectiveRole role) {
    ProjectPackaging.State state = packaging.of(List.of(project)).get(project.getId());
    return view(
        ProjectSummary.of(project, role, sharedDatasetsProject(project), state.busy()),
        state.needsRepackaging());
  }

  /** The create response: without the caller's role (api.md 5.6). */
  public ProjectView created(Project project) {
    return of(project, null);
  }

  private UUID sharedDatasetsProject(Project project) {
    long owner = project.getOwner().getId();
    return catalog.sharedDatasetsProjects(List.of(owner)).get(owner);
  }

  private static ProjectView view(ProjectSummary p, boolean needsRepackaging) {
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
        needsRepackaging,
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

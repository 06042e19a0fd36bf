package org.fieldcloud.packages.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldcloud.jobs.application.JobQueries;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs;
import org.fieldcloud.projects.application.ProjectSummary;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The job-dependent fields of the project JSON (api.md 6.3), for a whole list in two queries:
 * whether a job is running and whether QField has to package again.
 */
@Stateless
public class ProjectPackaging {

  @Inject PackageJobs packageJobs;
  @EJB JobQueries jobs;
  @PersistenceContext EntityManager em;

  /**
   * @param busy a job of the project is pending, queued or started
   * @param needsRepackaging see {@link Repackaging}
   */
  public record State(boolean busy, boolean needsRepackaging) {}

  public Map<UUID, State> of(List<Project> projects) {
    List<UUID> ids = projects.stream().map(Project::getId).toList();
    Set<UUID> busy = jobs.busyProjects(ids);
    var latest = packageJobs.latestOf(ids);
    Map<UUID, State> states = new HashMap<>();
    for (Project project : projects) {
      states.put(
          project.getId(),
          new State(
              busy.contains(project.getId()),
              Repackaging.needed(project, latest.get(project.getId()))));
    }
    return states;
  }

  /**
   * The projects of a list that need no repackaging. Only projects packaged after their last data
   * change can qualify, so only those are read in full: a list of a thousand projects never
   * packaged costs nothing here.
   */
  public Set<UUID> upToDate(List<ProjectSummary> projects) {
    List<UUID> candidates =
        projects.stream()
            .filter(p -> p.dataLastPackagedAt() != null && p.dataLastUpdatedAt() != null)
            .map(ProjectSummary::id)
            .toList();
    if (candidates.isEmpty()) {
      return Set.of();
    }
    var latest = packageJobs.latestOf(candidates);
    return em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids", Project.class)
        .setParameter("ids", candidates)
        .getResultStream()
        .filter(p -> !Repackaging.needed(p, latest.get(p.getId())))
        .map(Project::getId)
        .collect(Collectors.toSet());
  }
}

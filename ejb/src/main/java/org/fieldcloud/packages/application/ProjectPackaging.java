package org.fieldcloud.packages.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.jobs.application.JobQueries;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The job-dependent fields of the project JSON (api.md 6.3), for a whole list in two queries:
 * whether a job is running and whether QField has to package again.
 */
@Stateless
public class ProjectPackaging {

  @Inject PackageJobs packageJobs;
  @EJB JobQueries jobs;

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
}

package org.fieldcloud.files.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.files.infrastructure.persistence.ProjectFiles;
import org.fieldcloud.files.infrastructure.storage.ObjectsReleased;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.subscriptions.application.PlanVersionRetention;

/**
 * Keeps the newest N versions of each file (N from {@link PlanVersionRetention}) and removes the
 * older ones: their rows in the caller's transaction, their objects once it commits. Runs after
 * every upload and, for what a lowered limit left behind, as a periodic task.
 */
@Stateless
public class FileVersionRetention {

  @EJB ProjectFiles files;
  @EJB PlanVersionRetention retention;
  @Inject Event<ObjectsReleased> released;

  /** After a new version of {@code file}; returns how many versions went. */
  public int purge(Project project, ProjectFile file) {
    return release(older(files.versionsOf(file.getId()), retention.keptVersions(project)));
  }

  /** Every file of the project; the caller holds the project's lock and recounts its bytes. */
  public int purgeAll(Project project) {
    int keep = retention.keptVersions(project);
    List<FileVersion> old = new ArrayList<>();
    for (Map.Entry<ProjectFile, List<FileVersion>> file :
        files.withVersions(project.getId()).entrySet()) {
      old.addAll(older(file.getValue(), keep)); // newest first
    }
    return release(old);
  }

  private static List<FileVersion> older(List<FileVersion> newestFirst, int keep) {
    return newestFirst.size() <= keep ? List.of() : newestFirst.subList(keep, newestFirst.size());
  }

  private int release(List<FileVersion> old) {
    if (old.isEmpty()) {
      return 0;
    }
    old.forEach(files::remove);
    released.fire(new ObjectsReleased(old.stream().map(FileVersion::getContent).toList()));
    return old.size();
  }
}

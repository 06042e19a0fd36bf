package org.fieldcloud.packages.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.packages.domain.model.PackageFile;
import org.fieldcloud.packages.domain.model.PackageObjectsReleased;
import org.fieldcloud.packages.infrastructure.persistence.PackageFiles;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs;
import org.fieldcloud.projects.domain.model.Project;

/**
 * Removes package files nobody will download again (jobs.md 9 {@code delete_obsolete_packages}).
 * Runs inside the caller's transaction; the objects go once it commits.
 */
@ApplicationScoped
public class ObsoletePackages {

  @Inject PackageFiles packageFiles;
  @Inject PackageJobs packageJobs;
  @Inject Event<PackageObjectsReleased> released;

  /**
   * Keeps the files of {@code justFinished} (which may still be marked started while its hooks
   * run), of every other active package job, and of the newest ended package job of each person who
   * may still fetch it (a person with a role on the project, anyone for a public project); removes
   * the rest.
   */
  public void removeAfter(Job justFinished) {
    release(obsolete(justFinished.getProject(), justFinished));
  }

  /**
   * The same rule without a job that just finished, for the periodic clean-up (model.md 3): files
   * of a person's older packages, and of persons who lost their role on the project — but never the
   * project's newest ended package, which {@code packages/<id>/latest/} serves to everyone.
   */
  public void removeObsolete(Project project) {
    release(obsolete(project, null));
  }

  private List<PackageFile> obsolete(Project project, Job justFinished) {
    Set<Long> withRole = project.isPublic() ? null : packageJobs.usersWithRole(project.getId());
    Set<UUID> kept = new HashSet<>();
    Set<Long> usersSeen = new HashSet<>();
    // justFinished becomes the newest ended package once its hooks commit.
    boolean newestEndedKept = justFinished != null;
    if (justFinished != null) {
      kept.add(justFinished.getId());
      usersSeen.add(justFinished.getTriggeredBy().getId());
    }
    for (Job job : packageJobs.ofProject(project.getId())) { // newest first
      if (justFinished != null && job.getId().equals(justFinished.getId())) {
        continue;
      }
      if (job.getStatus().isActive()) {
        kept.add(job.getId());
        continue;
      }
      long user = job.getTriggeredBy().getId();
      if (!newestEndedKept) {
        newestEndedKept = true;
        usersSeen.add(user);
        kept.add(job.getId());
      } else if (usersSeen.add(user) && (withRole == null || withRole.contains(user))) {
        kept.add(job.getId());
      }
    }
    return packageFiles.ofProject(project.getId()).stream()
        .filter(f -> !kept.contains(f.getJobId()))
        .toList();
  }

  /** Removes the files a job uploaded, e.g. after it failed half-way. */
  public void removeFilesOf(Job job) {
    release(packageFiles.ofJob(job.getId()));
  }

  private void release(List<PackageFile> files) {
    if (!files.isEmpty()) {
      released.fire(new PackageObjectsReleased(packageFiles.remove(files)));
    }
  }
}

package org.fieldcloud.packages.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;

/**
 * The periodic {@code DeleteObsoleteProjectPackagesJob} (model.md 3, jobs.md 9), with the rule
 * {@link ObsoletePackages} applies after every package job: a person's older packages and the
 * packages of persons who lost their role go, from S3 and from the database; the project's newest
 * package (what {@code latest/} serves) and the files of running package jobs stay. Unlike the
 * reference's cron, which looks only at projects changed 5–70 minutes ago and, by an inverted
 * filter, deletes the files of the package jobs still running instead of the obsolete ones, it
 * looks at every project that holds an obsolete package, and never touches an active job's files.
 */
@Stateless
public class ObsoletePackagesTask {

  private static final Logger LOG = Logger.getLogger(ObsoletePackagesTask.class.getName());

  private static final String ENDED = "('finished', 'failed', 'stopped')";

  /**
   * Projects holding files of an ended package job that is not the project's newest (which {@code
   * latest/} serves) and either not its person's newest, or its person lost their role on the
   * (private) project.
   */
  private static final String CANDIDATES =
      "SELECT DISTINCT CAST(j.project_id AS varchar) FROM packages_packagefile f"
          + " JOIN core_job j ON j.id = f.job_id"
          + " JOIN project_project p ON p.id = j.project_id"
          + " WHERE j.status IN "
          + ENDED
          + " AND j.id <> (SELECT l.id FROM core_job l WHERE l.project_id = j.project_id"
          + " AND l.type = 'package' AND l.status IN "
          + ENDED
          + " ORDER BY l.created_at DESC LIMIT 1)"
          + " AND (EXISTS (SELECT 1 FROM core_job n WHERE n.project_id = j.project_id"
          + " AND n.type = 'package' AND n.triggered_by_id = j.triggered_by_id"
          + " AND n.status IN "
          + ENDED
          + " AND n.created_at > j.created_at)"
          + " OR (NOT p.is_public AND NOT EXISTS (SELECT 1 FROM projects_with_roles_vw r"
          + " WHERE r.project_id = j.project_id AND r.user_id = j.triggered_by_id)))";

  @PersistenceContext EntityManager em;
  @Inject ObsoletePackages obsolete;
  @Resource SessionContext context;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onDue(@Observes PeriodicTaskDue due) {
    if (due.kind() != Kind.OBSOLETE_PACKAGES) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> projects = em.createNativeQuery(CANDIDATES).getResultList();
    ObsoletePackagesTask self = context.getBusinessObject(ObsoletePackagesTask.class);
    for (String project : projects) {
      try {
        self.clean(UUID.fromString(project));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "obsolete packages of project " + project + " not removed", e);
      }
    }
    if (!projects.isEmpty()) {
      LOG.info(() -> "obsolete packages removed from " + projects.size() + " project(s)");
    }
  }

  /** One project, in its own transaction; its objects go once it commits. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void clean(UUID projectId) {
    // The row lock waits for a package job of the project that is ending right now.
    Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
    if (project != null) {
      obsolete.removeObsolete(project);
    }
  }
}

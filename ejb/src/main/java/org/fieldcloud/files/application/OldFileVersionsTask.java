package org.fieldcloud.files.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
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
 * The periodic side of version retention: uploads purge their own file, but a plan that changed (or
 * a premium project's lowered {@code storage_keep_versions}) leaves files with more versions than
 * allowed. Hourly, every such project is brought down to the limit, in its own transaction; its
 * storage use is recounted.
 */
@Stateless
public class OldFileVersionsTask {

  private static final Logger LOG = Logger.getLogger(OldFileVersionsTask.class.getName());

  /**
   * Projects with a file holding more versions than the owner's current plan keeps (a premium plan:
   * the project's own number when set). Accounts without a current subscription are candidates too;
   * {@link FileVersionRetention} then decides.
   */
  private static final String CANDIDATES =
      "SELECT DISTINCT CAST(f.project_id AS varchar) FROM filestorage_file f"
          + " JOIN project_project p ON p.id = f.project_id"
          + " LEFT JOIN current_subscriptions_vw s ON s.account_id = p.owner_id"
          + " LEFT JOIN subscription_plan pl ON pl.id = s.plan_id"
          + " WHERE f.file_type = 1 AND (SELECT count(*) FROM filestorage_fileversion v"
          + " WHERE v.file_id = f.id) > COALESCE(CASE WHEN pl.is_premium"
          + " THEN p.storage_keep_versions END, pl.storage_keep_versions, 1)";

  @PersistenceContext EntityManager em;
  @EJB FileVersionRetention retention;
  @EJB StorageUsage usage;
  @Resource SessionContext context;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onDue(@Observes PeriodicTaskDue due) {
    if (due.kind() != Kind.OLD_FILE_VERSIONS) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> projects = em.createNativeQuery(CANDIDATES).getResultList();
    OldFileVersionsTask self = context.getBusinessObject(OldFileVersionsTask.class);
    int removed = 0;
    for (String project : projects) {
      try {
        removed += self.purge(UUID.fromString(project));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "old file versions of project " + project + " not removed", e);
      }
    }
    if (removed > 0) {
      int total = removed;
      LOG.info(() -> "removed " + total + " file versions beyond their plan's retention");
    }
  }

  /** One project, locked as an upload locks it; its objects go once this commits. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purge(UUID projectId) {
    Project project = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
    if (project == null) {
      return 0;
    }
    int removed = retention.purgeAll(project);
    if (removed > 0) {
      usage.recount(project);
    }
    return removed;
  }
}

package org.fieldcloud.jobs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;

/**
 * Daily: the output (the worker's log) of jobs that ended more than {@code
 * fieldcloud.jobs.output-retention-days} ago is replaced by one sentence saying it was removed; the
 * feedback stays, as the server reads it (model.md 3: the reference's {@code
 * ClearJobOutputsAfterRetentionPeriodJob} reads a setting that does not exist and is never
 * scheduled; its configured {@code JOBS_LOGS_RETENTION_PERIOD_DAYS} is 90). 0 keeps outputs
 * forever.
 */
@Stateless
public class JobOutputRetention {

  private static final Logger LOG = Logger.getLogger(JobOutputRetention.class.getName());

  static final String REMOVED =
      "The output of this job was removed after the retention period of %d days.";

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.output-retention-days", defaultValue = "90")
  int retentionDays;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void onDue(@Observes PeriodicTaskDue due) {
    if (due.kind() != Kind.JOB_OUTPUTS || retentionDays <= 0) {
      return;
    }
    String note = REMOVED.formatted(retentionDays);
    int cleared =
        em.createNativeQuery(
                "UPDATE core_job SET output = ?1 WHERE status IN ('finished', 'failed', 'stopped')"
                    + " AND COALESCE(finished_at, updated_at) < now() - make_interval(days => ?2)"
                    + " AND output IS NOT NULL AND output <> '' AND output <> ?1")
            .setParameter(1, note)
            .setParameter(2, retentionDays)
            .executeUpdate();
    if (cleared > 0) {
      LOG.info(
          () ->
              "removed the output of "
                  + cleared
                  + " job(s) ended over "
                  + retentionDays
                  + " days ago");
    }
  }
}

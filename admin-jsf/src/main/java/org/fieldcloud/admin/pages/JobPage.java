package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.JobText;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.QueryDataModel;
import org.fieldcloud.deltas.domain.model.ApplyJobDelta;
import org.fieldcloud.jobs.application.JobAdministration;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.shared.domain.ApiException;

/**
 * One job (model.md 2.9), read-only: output and feedback viewers, "Re-run job", and for apply jobs
 * the deltas they carry.
 */
@Named
@ViewScoped
public class JobPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB JobAdministration administration;
  @Inject AdminSession session;

  private String id;
  private Job job;
  private QueryDataModel<ApplyJobDelta> deltas;

  public void load() {
    try {
      job = lists.find(Job.class, UUID.fromString(id)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      job = null;
    }
    if (job == null) {
      Messages.error("No job with id " + id + ".");
      return;
    }
    if (job.getType() == JobType.DELTA_APPLY) {
      UUID jobId = job.getId();
      deltas =
          new QueryDataModel<>(
              lists,
              () -> ListQuery.of(ApplyJobDelta.class).where("applyJobId", Match.EQUALS, jobId),
              Map.of("status", "status"),
              r -> String.valueOf(r.getId()),
              "delta.seq",
              true);
    }
  }

  /** The deltas of an apply job in the order the worker gets them; null for other jobs. */
  public QueryDataModel<ApplyJobDelta> getDeltas() {
    return deltas;
  }

  public void rerun() {
    try {
      job = administration.rerunByStaff(session.caller(), job.getId());
      Messages.info("Job " + job.getId() + " is pending again; the queue will run it.");
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public String getFeedback() {
    return JobText.prettyJson(job.getFeedback());
  }

  public String getErrorType() {
    return JobText.errorType(job.getFeedback());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Job getJob() {
    return job;
  }
}

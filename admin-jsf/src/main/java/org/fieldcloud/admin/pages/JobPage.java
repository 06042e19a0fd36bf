package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.JobText;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.jobs.application.JobAdministration;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.domain.ApiException;

/** One job (model.md 2.9), read-only: output and feedback viewers, and "Re-run job". */
@Named
@ViewScoped
public class JobPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB JobAdministration administration;
  @Inject AdminSession session;

  private String id;
  private Job job;

  public void load() {
    try {
      job = lists.find(Job.class, UUID.fromString(id)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      job = null;
    }
    if (job == null) {
      Messages.error("No job with id " + id + ".");
    }
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

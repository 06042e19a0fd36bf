package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.support.JobText;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Jobs (model.md 2.9), newest change first: filter by status, type and finalized or not; search by
 * id, project id, project name or owner (exact), {@code created_by:<username>}.
 */
@Named
@ViewScoped
public class JobsPage extends ListPage<Job> {

  private static final long serialVersionUID = 1L;

  private JobStatus status;
  private JobType type;
  private String finalized = "";

  @PostConstruct
  void init() {
    table(
        Map.of(
            "project.name", "project.name",
            "type", "type",
            "status", "status",
            "createdBy.username", "createdBy.username",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt"),
        j -> j.getId().toString(),
        "updatedAt",
        false);
  }

  @Override
  protected ListQuery<Job> query() {
    ListQuery<Job> query = ListQuery.of(Job.class);
    if (status != null) {
      query = query.where("status", Match.EQUALS, status);
    }
    if (type != null) {
      query = query.where("type", Match.EQUALS, type);
    }
    if (!finalized.isEmpty()) {
      // finalized = not pending, queued or started (model.md 2.9)
      boolean wantFinal = finalized.equals("finalized");
      query =
          query.where(
              Condition.anyOf(
                  Arrays.stream(JobStatus.values())
                      .filter(s -> JobStatus.ACTIVE.contains(s) != wantFinal)
                      .map(s -> Condition.of("status", Match.EQUALS, s))
                      .toList()));
    }
    SearchText text = searchText();
    if (text.hasPrefix("created_by")) {
      return query.where("createdBy.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.whole();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("project.name", Match.EQUALS_IGNORE_CASE, value));
    any.add(Condition.of("project.owner.username", Match.EQUALS_IGNORE_CASE, value));
    text.asUuid()
        .ifPresent(
            id -> {
              any.add(Condition.of("id", Match.EQUALS, id));
              any.add(Condition.of("project.id", Match.EQUALS, id));
            });
    return query.where(Condition.anyOf(any));
  }

  public String getFinalized() {
    return finalized;
  }

  public void setFinalized(String finalized) {
    this.finalized = finalized == null ? "" : finalized;
  }

  /** The error type the worker wrote into the feedback, for the list column. */
  public String errorType(Job job) {
    return JobText.errorType(job.getFeedback());
  }

  public JobStatus[] getStatuses() {
    return JobStatus.values();
  }

  public JobType[] getTypes() {
    return JobType.values();
  }

  public JobStatus getStatus() {
    return status;
  }

  public void setStatus(JobStatus status) {
    this.status = status;
  }

  public JobType getType() {
    return type;
  }

  public void setType(JobType type) {
    this.type = type;
  }
}

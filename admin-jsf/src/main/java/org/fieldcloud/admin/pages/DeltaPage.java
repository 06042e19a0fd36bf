package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.DeltaActions;
import org.fieldcloud.admin.support.JobText;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.QueryDataModel;
import org.fieldcloud.deltas.application.DeltaAdministration;
import org.fieldcloud.deltas.domain.model.ApplyJobDelta;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * One delta (model.md 2.8), read-only: its content and feedback, the apply jobs that carried it
 * (newest first) with the output of the latest, and the actions "Re-apply" and "Ignore".
 */
@Named
@ViewScoped
public class DeltaPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;
  @EJB DeltaAdministration administration;
  @Inject AdminSession session;

  private String id;
  private Delta delta;
  private QueryDataModel<ApplyJobDelta> applyJobs;
  private Job latestJob;

  public void load() {
    Optional<UUID> deltaId = uuid(id);
    delta = deltaId.flatMap(i -> lists.find(Delta.class, i)).orElse(null);
    if (delta == null) {
      Messages.error("No delta with id " + id + ".");
      return;
    }
    UUID key = delta.getId();
    applyJobs =
        new QueryDataModel<>(
            lists,
            () -> ListQuery.of(ApplyJobDelta.class).where("delta.id", Match.EQUALS, key),
            Map.of("status", "status", "applyJob.createdAt", "applyJob.createdAt"),
            r -> String.valueOf(r.getId()),
            "id",
            false);
    List<ApplyJobDelta> latest =
        lists.page(
            ListQuery.of(ApplyJobDelta.class)
                .where("delta.id", Match.EQUALS, key)
                .orderBy("id", false),
            0,
            1);
    latestJob = latest.isEmpty() ? null : latest.get(0).getApplyJob();
  }

  public void reapply() {
    if (new DeltaActions(administration, session).reapply(List.of(delta.getId()))) {
      load();
    }
  }

  public void ignore() {
    if (new DeltaActions(administration, session).ignore(List.of(delta.getId()))) {
      load();
    }
  }

  public String getContent() {
    return JobText.prettyJson(delta.getContent());
  }

  public String getFeedback() {
    return JobText.prettyJson(delta.getLastFeedback());
  }

  /** The feedback of one apply job on this delta, indented. */
  public String feedback(ApplyJobDelta row) {
    return JobText.prettyJson(row.getFeedback());
  }

  /** {@code content.method}: create, delete or patch. */
  public String getMethod() {
    return JobText.field(delta.getContent(), "method");
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Delta getDelta() {
    return delta;
  }

  public QueryDataModel<ApplyJobDelta> getApplyJobs() {
    return applyJobs;
  }

  public Job getLatestJob() {
    return latestJob;
  }
}

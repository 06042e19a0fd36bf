package org.fieldcloud.deltas.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.fieldcloud.deltas.domain.model.ApplyJobDelta;
import org.fieldcloud.deltas.domain.model.ClientPks;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.domain.model.DeltaStatus;
import org.fieldcloud.deltas.domain.model.Handover;
import org.fieldcloud.deltas.domain.model.WorkerDeltaFeedback;
import org.fieldcloud.deltas.infrastructure.persistence.DeltaRepository;
import org.fieldcloud.jobs.application.JobHooks;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;

/**
 * The delta_apply job around its worker run (jobs.md 5.2, {@code ApplyDeltaJobRun}).
 *
 * <p>Deltas are applied at most once, even when a job is run again after a crash: {@link
 * #beforeRun} hands the worker only deltas that no worker has had (see {@link Handover}) and marks
 * them started in the same transaction; a delta found started by an earlier run of the job is never
 * sent again but ends as an error, and so do the job's unfinished deltas when the run fails
 * (including the recovery of a dead node).
 */
@ApplicationScoped
@Transactional
public class DeltaApplyJobHooks implements JobHooks {

  /** The worker reads this file from its io folder (docs/apply-deltas.md). */
  public static final String DELTAFILE = "deltafile.json";

  public static final String OVERWRITE_CONFLICTS_ENV = "FIELDCLOUD_OVERWRITE_CONFLICTS";

  static final String UNREPORTED_MESSAGE =
      "An earlier run of the apply job ended without reporting on this delta. It is not sent"
          + " again, so that it is never applied twice.";
  static final String MISSING_ITEM_MESSAGE = "The worker reported nothing for this delta.";

  private static final Logger LOG = Logger.getLogger(DeltaApplyJobHooks.class.getName());

  @Inject DeltaRepository deltas;

  @Override
  public JobType type() {
    return JobType.DELTA_APPLY;
  }

  @Override
  public Map<String, String> beforeRun(Job job, Path ioDir) {
    OffsetDateTime attemptAt =
        job.getStartedAt() != null ? job.getStartedAt() : OffsetDateTime.now();
    List<Delta> toSend = new ArrayList<>();
    for (ApplyJobDelta row : deltas.lockJobRows(job.getId())) {
      Delta delta = row.getDelta();
      switch (Handover.of(row.getStatus(), delta.getLastStatus())) {
        case SEND -> {
          row.markStarted();
          delta.markStarted(attemptAt, job.getCreatedBy());
          toSend.add(delta);
        }
        case UNREPORTED -> {
          String feedback = message(UNREPORTED_MESSAGE);
          row.recordOutcome(DeltaStatus.ERROR, feedback, null);
          if (delta.getLastStatus() == DeltaStatus.STARTED) {
            delta.recordOutcome(DeltaStatus.ERROR, feedback, null, attemptAt, job.getCreatedBy());
          }
        }
        case SKIP -> {}
      }
    }
    writeDeltafile(ioDir.resolve(DELTAFILE), job, toSend);
    LOG.fine(() -> "apply job " + job.getId() + " sends " + toSend.size() + " deltas");
    return Map.of(
        OVERWRITE_CONFLICTS_ENV,
        Boolean.toString(Boolean.TRUE.equals(job.getOverwriteConflicts())));
  }

  @Override
  public void afterSuccess(Job job, JsonObject feedback) {
    WorkerDeltaFeedback items = WorkerDeltaFeedback.of(feedback);
    boolean modified = false;
    for (ApplyJobDelta row : deltas.lockJobRows(job.getId())) {
      if (row.getStatus() != DeltaStatus.STARTED) {
        continue; // not sent in this run
      }
      var item = items.item(row.getDelta().getId());
      DeltaStatus status = item.map(WorkerDeltaFeedback::statusOf).orElse(DeltaStatus.ERROR);
      String itemJson =
          item.map(JsonObject::toString).orElseGet(() -> message(MISSING_ITEM_MESSAGE));
      String modifiedPk = item.map(WorkerDeltaFeedback::modifiedPkOf).orElse(null);
      record(job, row, status, itemJson, modifiedPk);
      modified |= item.isPresent() && status.mayHaveModifiedData();
    }
    if (modified) {
      job.getProject().setDataLastUpdatedAt(OffsetDateTime.now());
    }
  }

  @Override
  public void afterFailure(Job job, JsonObject feedback) {
    WorkerDeltaFeedback items =
        feedback == null
            ? WorkerDeltaFeedback.of(JsonObject.EMPTY_JSON_OBJECT)
            : WorkerDeltaFeedback.of(feedback);
    for (ApplyJobDelta row : deltas.lockJobRows(job.getId())) {
      if (row.getStatus().isFinal()) {
        continue;
      }
      // The worker's item, when the failed run wrote one, says what it tried; the status is
      // error whatever it says, since the changed files of the run were not uploaded.
      String itemJson = items.item(row.getDelta().getId()).map(JsonObject::toString).orElse(null);
      record(job, row, DeltaStatus.ERROR, itemJson, null);
    }
  }

  private static void record(
      Job job, ApplyJobDelta row, DeltaStatus status, String feedbackJson, String modifiedPk) {
    row.recordOutcome(status, feedbackJson, modifiedPk);
    Delta delta = row.getDelta();
    // A delta another job or an admin has decided on since keeps that decision.
    if (!delta.getLastStatus().isFinal()) {
      OffsetDateTime attemptAt =
          job.getStartedAt() != null ? job.getStartedAt() : OffsetDateTime.now();
      delta.recordOutcome(status, feedbackJson, modifiedPk, attemptAt, job.getCreatedBy());
    }
  }

  private void writeDeltafile(Path target, Job job, List<Delta> toSend) {
    Set<UUID> clientIds = new LinkedHashSet<>();
    toSend.forEach(d -> clientIds.add(d.getClientId()));
    Map<String, String> clientPks = ClientPks.build(deltas.clientPkSources(clientIds));
    JsonObject deltafile =
        WorkerDeltafile.of(UUID.randomUUID(), job.getProject().getId(), toSend, clientPks);
    try {
      Files.writeString(target, deltafile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static String message(String text) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("msg", text);
    return b.build().toString();
  }
}

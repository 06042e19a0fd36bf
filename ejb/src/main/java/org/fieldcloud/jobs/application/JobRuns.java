package org.fieldcloud.jobs.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.accounts.application.AuthenticationService;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobEnded;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The database side of one job run (jobs.md 5.1): start it (token, hooks, command, environment),
 * then record how it ended. Each method is one transaction; the worker runs between them, outside
 * any transaction. The per-type {@link JobHooks} are called here, inside those transactions.
 */
@Stateless
public class JobRuns {

  private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

  /** The worker token outlives the worker's timeout by this much (jobs.md 5.7). */
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

  static final String UNEXPECTEDLY_TERMINATED =
      "Job unexpectedly terminated: the server node running it stopped or lost it before the"
          + " worker ended. Please try again.";

  @PersistenceContext EntityManager em;
  @EJB AuthenticationService authentication;
  @Inject @Any Instance<JobHooks> hooks;
  @Inject @Any Instance<WorkerEnvironmentContributor> contributors;
  @Inject Event<JobEnded> ended;

  /**
   * Moves a queued job to started and prepares its run, or returns empty when it must not run: it
   * is gone or no longer queued, another job of its project runs (it goes back to pending, jobs.md
   * 5.1 step 3), or it cannot run at all (it is failed here).
   *
   * @param apiUrl the API base URL the worker talks to
   * @param timeout the worker's timeout (the token lives 60 s longer)
   * @param ioDir the job's folder, for {@link JobHooks#beforeRun}
   * @param withTestInstructions whether to hand back the project's description for test overrides
   */
  public Optional<JobPlan> start(
      UUID jobId, String apiUrl, Duration timeout, Path ioDir, boolean withTestInstructions) {
    Job job = em.find(Job.class, jobId);
    if (job == null) {
      return Optional.empty();
    }
    Project project = job.getProject();
    // Runs of the same project serialize on its row: the check below then sees the others' state.
    em.createNativeQuery("SELECT 1 FROM project_project WHERE id = CAST(?1 AS uuid) FOR UPDATE")
        .setParameter(1, project.getId().toString())
        .getResultList();
    em.refresh(job);
    if (job.getStatus() != JobStatus.QUEUED) {
      return Optional.empty();
    }
    if (otherRunningJobs(job) > 0) {
      LOG.warning(() -> "job " + jobId + " put back in the queue: its project runs another job");
      job.requeue();
      return Optional.empty();
    }
    job.markStarted();
    job.recordContainer("", OffsetDateTime.now());
    String qgisFile = project.getTheQgisFileName();
    if (qgisFile == null && job.getType() != JobType.CREATE_PROJECT) {
      endFailed(job, "The project has no QGIS project file, so the job cannot run.", null, "");
      return Optional.empty();
    }
    if (!(job.getCreatedBy() instanceof Person)) {
      endFailed(job, "Only a person can own a job's worker token.", null, "");
      return Optional.empty();
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (WorkerEnvironmentContributor contributor : contributors) {
      environment.putAll(contributor.environment(job));
    }
    JsonArrayBuilder extraNames = Json.createArrayBuilder();
    new TreeSet<>(environment.keySet()).forEach(extraNames::add);
    environment.put("QFIELDCLOUD_EXTRA_ENVVARS", extraNames.build().toString());
    if (job.getType() == JobType.DELTA_APPLY) {
      environment.put(
          "FIELDCLOUD_OVERWRITE_CONFLICTS", String.valueOf(isTrue(job.getOverwriteConflicts())));
    }
    hooksOf(job).ifPresent(h -> environment.putAll(h.beforeRun(job, ioDir)));
    String token =
        authentication
            .issueWorkerToken(
                (Person) job.getCreatedBy(), OffsetDateTime.now().plus(timeout).plus(TOKEN_MARGIN))
            .getKey();
    environment.put("QFIELDCLOUD_TOKEN", token);
    environment.put("QFIELDCLOUD_URL", apiUrl);
    environment.put("JOB_ID", jobId.toString());
    environment.put("PROJECT_ID", project.getId().toString());
    if (qgisFile != null) {
      environment.put("QGIS_FILE_NAME", qgisFile);
    }
    return Optional.of(
        new JobPlan(
            jobId,
            command(job, qgisFile),
            environment,
            withTestInstructions ? project.getDescription() : null));
  }

  /** Records how the worker ended: finished (with the success hook) or failed. */
  public void complete(UUID jobId, WorkerResult workerResult) {
    Job job = em.find(Job.class, jobId);
    if (job == null || job.getStatus() != JobStatus.STARTED) {
      return; // the project was deleted, or recovery ended the job meanwhile
    }
    WorkerResult run = redacted(job, workerResult);
    job.recordContainerEnd(OffsetDateTime.now());
    JobFeedback.Verdict verdict = JobFeedback.of(run);
    if (verdict.succeeded()) {
      hooksOf(job).ifPresent(h -> h.afterSuccess(job, verdict.feedback()));
      job.markFinished(run.output(), verdict.feedback().toString());
    } else {
      String output = run.output() == null ? "" : run.output();
      afterFailure(job, verdict.feedback());
      job.markFailed(
          output + (output.endsWith("\n") || output.isEmpty() ? "" : "\n") + run.message(),
          verdict.feedback().toString());
    }
    ended.fire(JobEnded.of(job));
  }

  /** The worker's result without the confidential values its environment held (secrets). */
  private WorkerResult redacted(Job job, WorkerResult run) {
    Set<String> confidential = new HashSet<>();
    for (WorkerEnvironmentContributor contributor : contributors) {
      confidential.addAll(contributor.confidentialValues(job));
    }
    WorkerTextRedaction redaction = new WorkerTextRedaction(confidential);
    if (redaction.isEmpty()) {
      return run;
    }
    return new WorkerResult(
        run.ending(),
        run.exitCode(),
        redaction.text(run.output()),
        redaction.json(run.feedback()),
        redaction.text(run.message()));
  }

  /**
   * Fails a job that is still active because something went wrong around its worker: an exception
   * of the consumer or of a hook. The failure hook runs unless {@code withHooks} is false (the last
   * resort when a hook itself broke the transaction).
   */
  public void fail(UUID jobId, String message, Throwable cause, boolean withHooks) {
    Job job = em.find(Job.class, jobId);
    if (job == null || !job.getStatus().isActive()) {
      return;
    }
    JsonObject feedback = JobFeedback.ofFailure(message, cause, -1);
    if (withHooks) {
      afterFailure(job, feedback);
    }
    String output = job.getOutput() == null ? "" : job.getOutput() + "\n";
    job.markFailed(output + message, feedback.toString());
    ended.fire(JobEnded.of(job));
  }

  /**
   * Fails a job whose worker is known not to run anymore (recovery, jobs.md 5.8): its node died or
   * restarted, or it ran far past its timeout.
   */
  public void failUnexpectedlyTerminated(UUID jobId) {
    Job job = em.find(Job.class, jobId);
    if (job == null
        || (job.getStatus() != JobStatus.STARTED && job.getStatus() != JobStatus.QUEUED)) {
      return;
    }
    JsonObject feedback = JobFeedback.ofFailure("Job unexpectedly terminated.", null, -2);
    afterFailure(job, feedback);
    job.markFailed(UNEXPECTEDLY_TERMINATED, feedback.toString());
    ended.fire(JobEnded.of(job));
  }

  private void endFailed(Job job, String message, Throwable cause, String output) {
    JsonObject feedback = JobFeedback.ofFailure(message, cause, -1);
    afterFailure(job, feedback);
    job.markFailed(output + message, feedback.toString());
    ended.fire(JobEnded.of(job));
  }

  /** The failure hook; its errors are logged, not raised, as the job fails anyway (jobs.md 5.1). */
  private void afterFailure(Job job, JsonObject feedback) {
    try {
      hooksOf(job).ifPresent(h -> h.afterFailure(job, feedback));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "failure hook of job " + job.getId() + " failed", e);
    }
  }

  private long otherRunningJobs(Job job) {
    return em.createQuery(
            "SELECT count(j) FROM Job j WHERE j.project = :project AND j.id <> :id"
                + " AND j.status IN :running",
            Long.class)
        .setParameter("project", job.getProject())
        .setParameter("id", job.getId())
        .setParameter("running", List.of(JobStatus.QUEUED, JobStatus.STARTED))
        .getSingleResult();
  }

  private Optional<JobHooks> hooksOf(Job job) {
    return hooks.stream().filter(h -> h.type() == job.getType()).findFirst();
  }

  /** The worker's arguments (jobs.md 5.3), as a list: no shell, names with spaces are safe. */
  private List<String> command(Job job, String qgisFile) {
    String project = job.getProject().getId().toString();
    List<String> command = new ArrayList<>();
    switch (job.getType()) {
      case PACKAGE -> command.addAll(List.of("package", project, qgisFile, offliner(job)));
      case DELTA_APPLY -> {
        command.addAll(List.of("apply_deltas", project, qgisFile));
        if (isTrue(job.getOverwriteConflicts())) {
          command.add("--overwrite-conflicts");
        }
      }
      case PROCESS_PROJECTFILE -> command.addAll(List.of("process_projectfile", project, qgisFile));
      case CREATE_PROJECT -> command.addAll(List.of("create_project", project));
    }
    return command;
  }

  private String offliner(Job job) {
    return (String)
        em.createNativeQuery(
                "SELECT packaging_offliner FROM project_project WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, job.getProject().getId().toString())
            .getSingleResult();
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}

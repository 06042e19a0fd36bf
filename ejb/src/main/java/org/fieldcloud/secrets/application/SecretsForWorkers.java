package org.fieldcloud.secrets.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.fieldcloud.jobs.application.WorkerEnvironmentContributor;
import org.fieldcloud.jobs.domain.model.Job;

/**
 * Hands a job's worker the secrets of its project for the person who triggered it (jobs.md 7):
 * envvar secrets as variables, pg_service secrets as {@code PGSERVICE_FILE_CONTENTS}; and has their
 * values masked in what the worker gives back.
 */
@ApplicationScoped
public class SecretsForWorkers implements WorkerEnvironmentContributor {

  @EJB SecretService secrets;

  @Override
  public Map<String, String> environment(Job job) {
    return secrets
        .forJob(job.getProject().getId(), job.getTriggeredBy().getId())
        .containerEnvironment();
  }

  /** Masked in the job's output and feedback when it ends (jobs.md 7: never in job output). */
  @Override
  public Set<String> confidentialValues(Job job) {
    return secrets
        .forJob(job.getProject().getId(), job.getTriggeredBy().getId())
        .confidentialValues();
  }
}

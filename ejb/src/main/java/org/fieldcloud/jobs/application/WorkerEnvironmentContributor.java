package org.fieldcloud.jobs.application;

import java.util.Map;
import java.util.Set;
import org.fieldcloud.jobs.domain.model.Job;

/**
 * Adds variables to a worker's environment, e.g. the project's secrets for the person who triggered
 * the job (jobs.md 5.5, 7: {@code NAME=value} for envvar secrets, {@code PGSERVICE_FILE_CONTENTS}
 * for pg_service secrets). Implemented as CDI beans by other contexts (the secrets context); the
 * queue consumer calls every one inside the transaction that starts the job. The fixed variables of
 * the job (token, URL, ids) are set after these, so a contributor cannot override them.
 */
public interface WorkerEnvironmentContributor {

  Map<String, String> environment(Job job);

  /**
   * The values among {@link #environment} that must never be stored or shown: they are masked in
   * the worker's output and feedback when the job ends (asked again then, so a secret deleted in
   * between is not masked).
   */
  default Set<String> confidentialValues(Job job) {
    return Set.of();
  }
}

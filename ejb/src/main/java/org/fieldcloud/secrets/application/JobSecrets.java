package org.fieldcloud.secrets.application;

import java.util.Map;

/**
 * What a worker container receives (jobs.md 7): {@code envvar} secrets as environment variables and
 * the {@code pgservice} sections joined into one pg_service.conf text, which the runner passes as
 * {@code PGSERVICE_FILE_CONTENTS} (docs/worker.md). Holds plain text: never log it.
 */
public record JobSecrets(Map<String, String> environment, String pgServiceFile) {

  public static final String PG_SERVICE_VARIABLE = "PGSERVICE_FILE_CONTENTS";

  public JobSecrets {
    environment = Map.copyOf(environment);
  }

  /** The environment with {@code PGSERVICE_FILE_CONTENTS} added when there is a pg_service text. */
  public Map<String, String> containerEnvironment() {
    if (pgServiceFile.isEmpty()) {
      return environment;
    }
    var all = new java.util.HashMap<>(environment);
    all.put(PG_SERVICE_VARIABLE, pgServiceFile);
    return Map.copyOf(all);
  }

  @Override
  public String toString() {
    return "JobSecrets[" + environment.size() + " variables, pg_service hidden]";
  }
}

package org.fieldcloud.secrets.application;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a worker container receives (jobs.md 7): {@code envvar} secrets as environment variables and
 * the {@code pgservice} sections joined into one pg_service.conf text, which the runner passes as
 * {@code PGSERVICE_FILE_CONTENTS} (docs/worker.md). Holds plain text: never log it.
 */
public record JobSecrets(Map<String, String> environment, String pgServiceFile) {

  public static final String PG_SERVICE_VARIABLE = "PGSERVICE_FILE_CONTENTS";

  /** A {@code password=...} line of a pg_service section. */
  private static final Pattern PASSWORD = Pattern.compile("(?m)^\\s*password\\s*=\\s*(.*?)\\s*$");

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

  /**
   * What must never appear in stored worker output: every envvar value and every pg_service
   * password (the rest of a service section, host or database names, is not secret).
   */
  public Set<String> confidentialValues() {
    Set<String> values = new LinkedHashSet<>(environment.values());
    Matcher password = PASSWORD.matcher(pgServiceFile);
    while (password.find()) {
      values.add(password.group(1));
    }
    values.removeIf(String::isEmpty);
    return values;
  }

  @Override
  public String toString() {
    return "JobSecrets[" + environment.size() + " variables, pg_service hidden]";
  }
}

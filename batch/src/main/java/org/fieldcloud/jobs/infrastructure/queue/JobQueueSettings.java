package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the job queue consumes jobs ({@code fieldcloud.jobs.*}, or {@code FIELDCLOUD_JOBS_*}). See
 * docs/configuration.md, section "Job queue".
 */
@ApplicationScoped
public class JobQueueSettings {

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.poll-interval-ms", defaultValue = "1000")
  long pollIntervalMillis;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.consumers", defaultValue = "2")
  int consumers;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.recovery-interval-seconds", defaultValue = "60")
  long recoveryIntervalSeconds;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.stale-grace-seconds", defaultValue = "30")
  long staleGraceSeconds;

  @Inject
  @ConfigProperty(
      name = "fieldcloud.worker.api-url",
      defaultValue = "http://127.0.0.1:8080/api/v1/")
  String apiUrl;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.io-root")
  Optional<String> ioRoot;

  @Inject
  @ConfigProperty(name = "fieldcloud.jobs.test-overrides-enabled", defaultValue = "false")
  boolean testOverridesEnabled;

  /** How often idle consumers look for a pending job (at least 100 ms). */
  public long pollIntervalMillis() {
    return Math.max(100, pollIntervalMillis);
  }

  /** How many jobs this node runs at once. */
  public int consumers() {
    return Math.max(1, consumers);
  }

  public long recoveryIntervalMillis() {
    return Math.max(1, recoveryIntervalSeconds) * 1000;
  }

  /** How long past its timeout a started job may go before recovery fails it. */
  public long staleGraceSeconds() {
    return Math.max(0, staleGraceSeconds);
  }

  /** The API base URL workers talk to, with a trailing slash. */
  public String apiUrl() {
    return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
  }

  /** Where each job gets its folder ({@code <root>/<job id>}, the worker's /io). */
  public Path ioRoot() {
    return ioRoot
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "fieldcloud-jobs"))
        .toAbsolutePath();
  }

  /** Test servers only: lets a project's description change how its jobs' workers run. */
  public boolean testOverridesEnabled() {
    return testOverridesEnabled;
  }
}

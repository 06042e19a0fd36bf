package org.fieldcloud.jobs.infrastructure.queue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldcloud.jobs.infrastructure.runner.WorkerLimits;

/**
 * TEST SERVERS ONLY ({@code fieldcloud.jobs.test-overrides-enabled=true}, set by {@code
 * ./fieldcloud test}): lines of a project's description that change how its jobs' workers run, so
 * integration tests can make a worker succeed trivially, fail, hang or run out of memory with the
 * real engine:
 *
 * <pre>
 * fieldcloud-test-image: fieldcloud-worker-test:latest   (docker runner only)
 * fieldcloud-test-command: sleep 300                     (replaces the worker's arguments)
 * fieldcloud-test-timeout-seconds: 5
 * fieldcloud-test-memory-mb: 64
 * </pre>
 *
 * A production server never reads them: the flag is off by default.
 */
record TestWorkerOverrides(
    Optional<String> image,
    Optional<List<String>> command,
    Optional<Duration> timeout,
    Optional<Long> memoryMegabytes) {

  static final TestWorkerOverrides NONE =
      new TestWorkerOverrides(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  static TestWorkerOverrides parse(String description) {
    if (description == null) {
      return NONE;
    }
    return new TestWorkerOverrides(
        value(description, "image"),
        value(description, "command").map(c -> Arrays.asList(c.split("\\s+"))),
        value(description, "timeout-seconds").map(s -> Duration.ofSeconds(Long.parseLong(s))),
        value(description, "memory-mb").map(Long::parseLong));
  }

  List<String> command(List<String> planned) {
    return command.orElse(planned);
  }

  Duration timeout(Duration configured) {
    return timeout.orElse(configured);
  }

  WorkerLimits limits(WorkerLimits configured) {
    return memoryMegabytes
        .map(mb -> WorkerLimits.ofMegabytes(mb, configured.cpus()))
        .orElse(configured);
  }

  private static Optional<String> value(String description, String key) {
    Matcher m =
        Pattern.compile("(?m)^\\s*fieldcloud-test-" + Pattern.quote(key) + ":\\s*(.+?)\\s*$")
            .matcher(description);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}

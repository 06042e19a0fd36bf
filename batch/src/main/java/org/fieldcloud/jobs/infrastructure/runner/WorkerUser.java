package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code uid:gid} a worker container runs as. Files the worker leaves in the job's folder must
 * belong to the server's user, or the server could not delete them; a root server needs nothing.
 */
final class WorkerUser {

  private WorkerUser() {}

  /**
   * The configured user if any, else this process's {@code uid:gid} when it is not root, else empty
   * (the image's user).
   */
  static Optional<String> resolve(Optional<String> configured) {
    Optional<String> explicit = configured.map(String::strip).filter(s -> !s.isEmpty());
    if (explicit.isPresent()) {
      return explicit;
    }
    return currentUser().filter(user -> !user.startsWith("0:"));
  }

  /** {@code uid:gid} of this process, read from {@code /proc/self} (Linux). */
  static Optional<String> currentUser() {
    try {
      Path self = Path.of("/proc/self");
      Object uid = Files.getAttribute(self, "unix:uid");
      Object gid = Files.getAttribute(self, "unix:gid");
      return Optional.of(uid + ":" + gid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

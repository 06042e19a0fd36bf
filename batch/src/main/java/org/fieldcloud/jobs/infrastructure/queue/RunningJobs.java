package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this node has taken and not yet finished with, from the claim to the end of their
 * consumer. Recovery treats any job of this node that is not here as lost.
 */
@ApplicationScoped
public class RunningJobs {

  private final Set<UUID> jobs = ConcurrentHashMap.newKeySet();

  void add(UUID job) {
    jobs.add(job);
  }

  void remove(UUID job) {
    jobs.remove(job);
  }

  boolean contains(UUID job) {
    return jobs.contains(job);
  }

  int size() {
    return jobs.size();
  }

  Set<String> ids() {
    return jobs.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
  }
}

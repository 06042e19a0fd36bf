package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.fieldcloud.jobs.infrastructure.runner.JobTimeline;

/**
 * The jobs this node has taken and not yet finished with, from the claim to the end of their
 * consumer, each with its timeline. Recovery treats any job of this node that is not here as lost.
 */
@ApplicationScoped
public class RunningJobs {

  private final Map<UUID, JobTimeline> jobs = new ConcurrentHashMap<>();

  /** Registers a job just claimed; its timeline counts from its creation. */
  JobTimeline add(UUID job, Instant createdAt) {
    JobTimeline timeline = new JobTimeline(createdAt);
    jobs.put(job, timeline);
    return timeline;
  }

  void remove(UUID job) {
    jobs.remove(job);
  }

  boolean contains(UUID job) {
    return jobs.containsKey(job);
  }

  /** The job's timeline, or a fresh one if it is not registered (it then starts now). */
  JobTimeline timeline(UUID job) {
    JobTimeline timeline = jobs.get(job);
    return timeline == null ? JobTimeline.startingNow() : timeline;
  }

  Set<String> ids() {
    return jobs.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
  }
}

package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.jobs.application.JobQueue;
import org.fieldcloud.jobs.infrastructure.batch.BatchJobs;
import org.fieldcloud.jobs.infrastructure.runner.JobTimeline;
import org.fieldcloud.jobs.infrastructure.runner.WorkerSettings;

/**
 * The queue consumer of this node (jobs.md 4). Two non-persistent timers: {@code poll} takes
 * pending jobs while fewer than {@code fieldcloud.jobs.consumers} run here and starts one Jakarta
 * Batch job ({@code fieldcloud-job}) for each; {@code recover} ends the jobs nobody runs anymore
 * ({@link JobRecovery}), first right after start. Both run outside a transaction (the batch
 * operator must, payara-spike.md gotcha 3), and, the bean being a singleton with the default write
 * lock, never at the same time: a job is claimed and registered as running in one step that
 * recovery cannot interleave with.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobPoller {

  private static final Logger LOG = Logger.getLogger(JobPoller.class.getName());
  static final String BATCH_JOB = "fieldcloud-job";
  private static final String POLL = "poll";
  private static final String RECOVER = "recover";

  @Resource TimerService timers;
  @EJB JobQueue queue;
  @EJB BatchJobs batch;
  @EJB JobRecovery recovery;
  @Inject RunningJobs running;
  @Inject JobQueueSettings settings;
  @Inject WorkerSettings workers;
  @Inject QueueWakeUp wakeUp;

  @PostConstruct
  void startTimers() {
    timers.createIntervalTimer(
        settings.pollIntervalMillis(), settings.pollIntervalMillis(), new TimerConfig(POLL, false));
    timers.createIntervalTimer(
        1000, settings.recoveryIntervalMillis(), new TimerConfig(RECOVER, false));
    LOG.info(
        () ->
            "job queue on node "
                + workers.nodeId()
                + ": "
                + settings.consumers()
                + " consumer(s), polling every "
                + settings.pollIntervalMillis()
                + " ms");
  }

  /**
   * A poll now, on the EJB container's asynchronous threads ({@link QueueWakeUp}): right after a
   * job was created here, or a consumer of this node became free. Under the same write lock as the
   * timers.
   */
  @Asynchronous
  public void pollSoon() {
    wakeUp.polling();
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job queue poll (woken up) failed", e);
    }
  }

  /** Timer methods catch everything: a throwing non-persistent timer disappears (gotcha). */
  @Timeout
  void onTimer(Timer timer) {
    try {
      if (RECOVER.equals(timer.getInfo())) {
        recovery.recover(workers.nodeId(), running);
      } else {
        poll();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job queue " + timer.getInfo() + " failed", e);
    }
  }

  private void poll() {
    String node = workers.nodeId();
    while (running.size() < settings.consumers()) {
      Optional<JobQueue.Claim> claimed = queue.claimNext(node);
      if (claimed.isEmpty()) {
        return;
      }
      UUID job = claimed.get().jobId();
      JobTimeline timeline = running.add(job, claimed.get().createdAt());
      timeline.mark("pending");
      try {
        Properties parameters = new Properties();
        parameters.setProperty("jobId", job.toString());
        batch.start(BATCH_JOB, parameters);
        timeline.mark("batch start");
      } catch (RuntimeException e) {
        running.remove(job);
        queue.requeue(job);
        throw e;
      }
    }
  }
}

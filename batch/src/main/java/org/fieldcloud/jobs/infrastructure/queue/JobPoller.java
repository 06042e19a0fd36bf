package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.jobs.application.JobQueue;
import org.fieldcloud.jobs.infrastructure.batch.BatchJobs;
import org.fieldcloud.jobs.infrastructure.runner.WorkerSettings;

/**
 * The job queue of this node (jobs.md 4). Keeps {@code fieldcloud.jobs.consumers} consumers
 * running, each a Jakarta Batch job ({@code fieldcloud-consumer}, {@link ConsumeJobsBatchlet}) that
 * takes jobs through {@link #claim} and runs them one after another; and ends the jobs nobody runs
 * anymore ({@link JobRecovery}), first right after start. Two non-persistent timers: {@code
 * consumers} starts consumers that are missing (at start, or after one ended), {@code recover} runs
 * recovery. Batch jobs are started outside a transaction (the batch operator must, payara-spike.md
 * gotcha 3). The bean being a singleton with the default write lock, a claim, which takes a job and
 * registers it as running here in one step, never interleaves with recovery.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobPoller {

  private static final Logger LOG = Logger.getLogger(JobPoller.class.getName());
  static final String BATCH_JOB = "fieldcloud-consumer";
  private static final String CONSUMERS = "consumers";
  private static final String RECOVER = "recover";

  @Resource TimerService timers;
  @EJB JobQueue queue;
  @EJB BatchJobs batch;
  @EJB JobRecovery recovery;
  @Inject RunningJobs running;
  @Inject JobQueueSettings settings;
  @Inject WorkerSettings workers;

  /** Consumers started and not yet ended, counted from the start request. */
  private final AtomicInteger consumers = new AtomicInteger();

  @PostConstruct
  void startTimers() {
    timers.createIntervalTimer(
        settings.pollIntervalMillis(),
        settings.pollIntervalMillis(),
        new TimerConfig(CONSUMERS, false));
    timers.createIntervalTimer(
        1000, settings.recoveryIntervalMillis(), new TimerConfig(RECOVER, false));
    LOG.info(
        () ->
            "job queue on node "
                + workers.nodeId()
                + ": "
                + settings.consumers()
                + " consumer(s), looking for jobs every "
                + settings.pollIntervalMillis()
                + " ms when not woken");
  }

  /**
   * The next job for a consumer of this node, claimed and registered as running; or nothing.
   * Consumers call this, one at a time.
   */
  public Optional<UUID> claim() {
    Optional<JobQueue.Claim> claimed = queue.claimNext(workers.nodeId());
    claimed.ifPresent(c -> running.add(c.jobId(), c.createdAt()).mark("pending"));
    return claimed.map(JobQueue.Claim::jobId);
  }

  /** A consumer's batch job ends (normally only when the application stops). */
  @Lock(LockType.READ)
  public void consumerEnded() {
    consumers.decrementAndGet();
  }

  /** Timer methods catch everything: a throwing non-persistent timer disappears (gotcha). */
  @Timeout
  void onTimer(Timer timer) {
    try {
      if (RECOVER.equals(timer.getInfo())) {
        recovery.recover(workers.nodeId(), running);
      } else {
        startMissingConsumers();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "job queue " + timer.getInfo() + " failed", e);
    }
  }

  private void startMissingConsumers() {
    while (consumers.get() < settings.consumers()) {
      consumers.incrementAndGet();
      try {
        batch.start(BATCH_JOB, new Properties());
      } catch (RuntimeException e) {
        consumers.decrementAndGet();
        throw e;
      }
    }
  }
}

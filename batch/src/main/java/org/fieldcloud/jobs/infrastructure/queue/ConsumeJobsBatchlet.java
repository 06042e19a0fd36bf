package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * The only step of the batch job {@code fieldcloud-consumer}: one consumer of this node, which
 * takes jobs and runs them one after another for as long as the application runs. A consumer is
 * started once, not per job, so a job's way from {@code pending} to its worker passes no Jakarta
 * Batch start (docs/benchmarks.md, job-queue). Not transactional (payara-spike.md gotcha 5): the
 * database work happens in EJBs.
 */
@Named("consumeJobsBatchlet")
@Dependent
public class ConsumeJobsBatchlet extends AbstractBatchlet {

  @EJB JobPoller poller;
  @Inject JobConsumer consumer;
  @Inject QueueWakeUp wakeUp;
  @Inject JobQueueSettings settings;

  private volatile boolean stopped;

  @Override
  public String process() {
    try {
      while (!stopped && wakeUp.open()) {
        Optional<UUID> job = poller.claim();
        if (job.isPresent()) {
          consumer.consume(job.get()); // never throws: it ends the job failed instead
        } else if (!wakeUp.await(settings.pollIntervalMillis())) {
          break;
        }
      }
      return "COMPLETED";
    } finally {
      try {
        poller.consumerEnded();
      } catch (RuntimeException applicationGone) {
        // Undeployed meanwhile: there is no one left to count consumers.
      }
    }
  }

  @Override
  public void stop() {
    stopped = true;
  }
}

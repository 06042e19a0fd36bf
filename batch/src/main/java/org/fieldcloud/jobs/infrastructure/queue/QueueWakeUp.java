package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.fieldcloud.jobs.domain.model.JobPending;

/**
 * Where this node's idle consumers wait for work ({@link ConsumeJobsBatchlet}): they look for a job
 * when woken, or after {@code fieldcloud.jobs.poll-interval-ms} at the latest. A job created or
 * re-run here wakes one as soon as its transaction commits; a job created on another node is found
 * at the next look. Which consumer of which node takes a job is decided by the claim alone ({@code
 * FOR UPDATE SKIP LOCKED}); a wake-up is only a hint.
 *
 * <p>Wake-ups are permits, at most one per consumer: a burst of new jobs wakes every idle consumer
 * once, and none is kept for a consumer that is busy anyway.
 */
@ApplicationScoped
public class QueueWakeUp {

  @Inject JobQueueSettings settings;

  private final Semaphore permits = new Semaphore(0);
  private volatile boolean closed;

  void onPending(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobPending event) {
    wake();
  }

  /** Wakes one waiting consumer, if any; returns at once. */
  void wake() {
    if (permits.availablePermits() < settings.consumers()) {
      permits.release();
    }
  }

  /**
   * Waits until woken or {@code millis} have passed.
   *
   * @return false once the application is stopping: the consumer must end
   */
  boolean await(long millis) {
    try {
      permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return !closed;
  }

  boolean open() {
    return !closed && !Thread.currentThread().isInterrupted();
  }

  /** The application stops: every consumer ends after its current job. */
  @PreDestroy
  void close() {
    closed = true;
    permits.release(settings.consumers() + 1000);
  }
}

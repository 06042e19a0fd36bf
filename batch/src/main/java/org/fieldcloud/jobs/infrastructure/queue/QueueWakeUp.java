package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.jobs.domain.model.JobPending;

/**
 * Makes this node's poller look for jobs now rather than at its next tick: when a job created here
 * has committed, and when one of its consumers has finished a job. Only a shortcut: a node that
 * does not hear of a job (it was created on another node) still finds it with its timer, and which
 * node takes a job is still decided by the claim ({@code FOR UPDATE SKIP LOCKED}).
 *
 * <p>Wake-ups coalesce: while one is waiting to run, more ask for nothing more. The flag is cleared
 * when the poll starts, so a job committed during a poll gets a poll after it.
 */
@ApplicationScoped
public class QueueWakeUp {

  private static final Logger LOG = Logger.getLogger(QueueWakeUp.class.getName());

  @EJB JobPoller poller;

  private final AtomicBoolean requested = new AtomicBoolean();

  void onPending(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobPending event) {
    wake();
  }

  /** Asks for a poll soon, on another thread; returns at once and never throws. */
  void wake() {
    if (requested.compareAndSet(false, true)) {
      try {
        poller.pollSoon();
      } catch (RuntimeException e) {
        // E.g. the application is being undeployed. The timer polls anyway.
        requested.set(false);
        LOG.log(Level.FINE, "could not wake the job queue up", e);
      }
    }
  }

  /** Called by the poll that a wake-up started, before it looks for jobs. */
  void polling() {
    requested.set(false);
  }
}

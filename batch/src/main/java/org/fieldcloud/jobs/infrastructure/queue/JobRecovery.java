package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldcloud.jobs.application.JobQueue;
import org.fieldcloud.jobs.application.JobRuns;
import org.fieldcloud.jobs.infrastructure.runner.RunningWorker;
import org.fieldcloud.jobs.infrastructure.runner.WorkerRunner;
import org.fieldcloud.jobs.infrastructure.runner.WorkerSettings;

/**
 * Ends the jobs that nobody runs anymore (jobs.md 5.8), at start and then periodically:
 *
 * <ul>
 *   <li>this node's queued or started jobs that no consumer of this JVM holds: the node restarted
 *       (or the application was redeployed) while they ran. Started ones are failed ("Job
 *       unexpectedly terminated"), queued ones go back to pending;
 *   <li>started jobs of any node running longer than the timeout plus a grace period: their node
 *       died and may never come back;
 *   <li>queued jobs of any node waiting that long: their node died before starting them;
 *   <li>worker containers or processes of this node whose job is not running here.
 * </ul>
 *
 * Each job is ended in its own transaction, with its type's failure hook.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecovery {

  private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

  @EJB JobQueue queue;
  @EJB JobRuns runs;
  @Inject WorkerRunner runner;
  @Inject WorkerSettings workers;
  @Inject JobQueueSettings settings;

  public void recover(String node, RunningJobs running) {
    List<UUID> lost = queue.activeOn(node).stream().filter(id -> !running.contains(id)).toList();
    long staleAfter = workers.timeout().toSeconds() + settings.staleGraceSeconds();
    List<UUID> stale =
        queue.startedLongerThan(staleAfter).stream().filter(id -> !running.contains(id)).toList();
    for (UUID job : lost) {
      queue.requeue(job); // only if it was never started
      end(job);
    }
    stale.forEach(this::end);
    int requeued = queue.requeueQueuedLongerThan(staleAfter);
    if (!lost.isEmpty() || !stale.isEmpty() || requeued > 0) {
      LOG.warning(
          () ->
              "job recovery on node "
                  + node
                  + ": lost here "
                  + lost
                  + ", past their timeout "
                  + stale
                  + ", "
                  + requeued
                  + " queued job(s) of dead nodes back to pending");
    }
    try {
      List<RunningWorker> removed = runner.removeOrphans(node, running.ids());
      if (!removed.isEmpty()) {
        LOG.warning(() -> "job recovery on node " + node + ": removed workers " + removed);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not look for orphan workers of node " + node, e);
    }
  }

  private void end(UUID job) {
    try {
      runs.failUnexpectedlyTerminated(job);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not fail the lost job " + job, e);
    }
  }
}

package org.fieldcloud.jobs.infrastructure.runner;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When this node starts, no job can be running on it yet: any worker that carries its node id was
 * left behind by the previous run of the server (a crash, a kill) and is removed. Their jobs are
 * failed by the queue's stale-job check, not here. Two servers on one host need distinct {@code
 * fieldcloud.node.id} values, or one would remove the other's workers.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkerLeftoversAtStartup {

  private static final Logger LOG = Logger.getLogger(WorkerLeftoversAtStartup.class.getName());

  @Inject WorkerRunner runner;
  @Inject WorkerSettings settings;

  @PostConstruct
  void removeLeftovers() {
    String node = settings.nodeId();
    try {
      List<RunningWorker> removed = runner.removeOrphans(node, Set.of());
      LOG.info(
          () ->
              "worker runner "
                  + settings.runner()
                  + " on node "
                  + node
                  + ": "
                  + removed.size()
                  + " leftover worker(s) removed "
                  + removed);
    } catch (RuntimeException e) {
      // A Docker engine that is down must not stop the server; jobs will say it when they run.
      LOG.log(Level.WARNING, "could not look for leftover workers of node " + node, e);
    }
  }
}

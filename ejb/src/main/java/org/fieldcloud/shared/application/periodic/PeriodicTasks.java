package org.fieldcloud.shared.application.periodic;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;

/**
 * Runs one periodic task now: its observers do the work before this returns, each in its own
 * transactions. The timers call it; so may a test server, when {@code
 * fieldcloud.periodic-tasks.test-trigger-enabled} is true (never in production), to see a task's
 * effect without waiting an hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PeriodicTasks {

  private static final Logger LOG = Logger.getLogger(PeriodicTasks.class.getName());

  @Inject Event<PeriodicTaskDue> due;

  @Inject
  @ConfigProperty(name = "fieldcloud.periodic-tasks.test-trigger-enabled", defaultValue = "false")
  boolean testTriggerEnabled;

  /** Whether tasks may be run on request (test servers only). */
  public boolean testTriggerEnabled() {
    return testTriggerEnabled;
  }

  /** Runs the task; a failing observer is logged, never thrown at a timer. */
  public void run(Kind kind) {
    try {
      due.fire(new PeriodicTaskDue(kind, OffsetDateTime.now(ZoneOffset.UTC)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "periodic task " + kind.slug() + " failed", e);
    }
  }
}

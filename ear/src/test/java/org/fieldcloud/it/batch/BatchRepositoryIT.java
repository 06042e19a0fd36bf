package org.fieldcloud.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.util.Properties;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the Payara Server of the test run (Arquillian, remote adapter): a Jakarta Batch job
 * completes, and its records land in the application's PostgreSQL through jdbc/fieldcloud, in the
 * tables Flyway created. This is what the job queue relies on.
 */
@ExtendWith(ArquillianExtension.class)
class BatchRepositoryIT {

  @Deployment
  static WebArchive probe() {
    return ShrinkWrap.create(WebArchive.class, "batch-probe.war")
        .addClasses(ProbeBatchlet.class, BatchRepositoryIT.class)
        .addAsResource(
            "batch-probe/foundation-probe.xml", "META-INF/batch-jobs/foundation-probe.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  @Resource(lookup = "jdbc/fieldcloud")
  DataSource fieldcloud;

  @Test
  void batchJobCompletesAndIsRecordedInTheApplicationDatabase() throws Exception {
    var operator = BatchRuntime.getJobOperator();
    long execution = operator.start("foundation-probe", new Properties());

    BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
    for (int i = 0; i < 120 && !isDone(status); i++) {
      Thread.sleep(250);
      status = operator.getJobExecution(execution).getBatchStatus();
    }
    assertEquals(BatchStatus.COMPLETED, status);

    long instance = operator.getJobInstance(execution).getInstanceId();
    try (var db = fieldcloud.getConnection();
        var query =
            db.prepareStatement(
                "SELECT e.batchstatus FROM jbatchexecutioninstancedata e"
                    + " JOIN jbatchjobinstancedata j ON j.jobinstanceid = e.jobinstanceid"
                    + " WHERE j.jobinstanceid = ? AND j.name = 'foundation-probe'")) {
      query.setLong(1, instance);
      try (var row = query.executeQuery()) {
        row.next();
        assertEquals("COMPLETED", row.getString(1));
      }
    }
  }

  private static boolean isDone(BatchStatus status) {
    return status == BatchStatus.COMPLETED
        || status == BatchStatus.FAILED
        || status == BatchStatus.STOPPED
        || status == BatchStatus.ABANDONED;
  }
}

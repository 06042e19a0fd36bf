package org.fieldcloud.jobs.infrastructure.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;

/**
 * The only door to Jakarta Batch. In an EAR, Payara ties every job execution to the component that
 * started it and refuses status calls from any other bean (payara-spike.md, batch gotcha 6), so all
 * starts and look-ups go through this bean. Calls run outside a transaction because the batch
 * repository shares the application's non-XA pool (gotchas 2 and 3).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

  private final JobOperator operator = BatchRuntime.getJobOperator();

  /** Starts the job XML {@code META-INF/batch-jobs/<jobXml>.xml} and returns its execution id. */
  public long start(String jobXml, Properties parameters) {
    return operator.start(jobXml, parameters);
  }

  public BatchStatus status(long executionId) {
    return operator.getJobExecution(executionId).getBatchStatus();
  }

  public void stop(long executionId) {
    operator.stop(executionId);
  }
}

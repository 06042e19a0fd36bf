package org.fieldcloud.jobs.infrastructure.queue;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * The only step of the batch job {@code fieldcloud-job}. Not transactional (payara-spike.md gotcha
 * 5): the database work happens in the {@code JobRuns} EJB that {@link JobConsumer} calls.
 */
@Named("runJobBatchlet")
@Dependent
public class RunJobBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "jobId")
  String jobId;

  @Inject JobConsumer consumer;

  @Override
  public String process() {
    consumer.consume(UUID.fromString(jobId));
    return "COMPLETED";
  }
}

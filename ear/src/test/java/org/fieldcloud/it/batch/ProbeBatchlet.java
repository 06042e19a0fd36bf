package org.fieldcloud.it.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Does nothing but finish: the test is about where Jakarta Batch keeps its records. */
@Named
@Dependent
public class ProbeBatchlet extends AbstractBatchlet {

  @Override
  public String process() {
    return "COMPLETED";
  }
}

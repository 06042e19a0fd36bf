package org.fieldcloud.worker.feedback;

/** An exception that knows which {@link ErrorType} it stands for in feedback.json. */
public interface ClassifiedFailure {
  ErrorType errorType();
}

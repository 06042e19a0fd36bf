package org.fieldcloud.worker.feedback;

/** A precondition of the workflow is not met (a missing tool, a project QGIS cannot open). */
public final class UnableToContinueException extends Exception implements ClassifiedFailure {

  public UnableToContinueException(String reason) {
    super("Unable to continue workflow:\n" + reason);
  }

  @Override
  public ErrorType errorType() {
    return ErrorType.UNABLE_TO_CONTINUE;
  }
}

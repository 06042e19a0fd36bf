package org.fieldcloud.worker.qgis;

import org.fieldcloud.worker.feedback.ClassifiedFailure;
import org.fieldcloud.worker.feedback.ErrorType;

/** The project file cannot be read as a QGIS project: wrong extension or broken XML. */
public final class InvalidProjectFileException extends Exception implements ClassifiedFailure {

  public InvalidProjectFileException(String message) {
    super(message);
  }

  public InvalidProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public ErrorType errorType() {
    return ErrorType.INVALID_PROJECT_FILE;
  }
}

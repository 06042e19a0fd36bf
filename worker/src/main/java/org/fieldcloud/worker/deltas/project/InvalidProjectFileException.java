package org.fieldcloud.worker.deltas.project;

/** The QGIS project file is missing, of an unknown kind, or not well-formed XML. */
public class InvalidProjectFileException extends Exception {

  public InvalidProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidProjectFileException(String message) {
    super(message);
  }
}

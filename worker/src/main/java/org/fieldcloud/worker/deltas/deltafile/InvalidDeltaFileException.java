package org.fieldcloud.worker.deltas.deltafile;

/**
 * The deltafile as a whole cannot be used (not JSON, or its top level breaks the schema); no delta
 * of it can be applied. Problems of a single delta do not raise this.
 */
public class InvalidDeltaFileException extends Exception {

  public InvalidDeltaFileException(String message) {
    super(message);
  }

  public InvalidDeltaFileException(String message, Throwable cause) {
    super(message, cause);
  }
}

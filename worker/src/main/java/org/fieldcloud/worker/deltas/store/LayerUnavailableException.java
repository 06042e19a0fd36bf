package org.fieldcloud.worker.deltas.store;

/**
 * The layer's data cannot be used for edits: file or table missing, no usable primary key, database
 * unreachable. Every delta of such a layer is reported as not applied with this message.
 */
public class LayerUnavailableException extends Exception {

  public LayerUnavailableException(String message) {
    super(message);
  }

  public LayerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

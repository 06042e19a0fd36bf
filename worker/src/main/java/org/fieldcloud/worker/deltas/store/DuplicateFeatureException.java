package org.fieldcloud.worker.deltas.store;

/** More than one feature has the pk a delta names; the data source's key is not unique. */
public class DuplicateFeatureException extends Exception {

  public DuplicateFeatureException(String message) {
    super(message);
  }
}

package org.fieldcloud.worker.deltas.geometry;

/** A delta's geometry text cannot be turned into a geometry; the message says why. */
public class MalformedGeometryException extends Exception {

  public MalformedGeometryException(String message) {
    super(message);
  }
}

package org.fieldcloud.deltas.domain.model;

import java.util.Optional;
import java.util.UUID;

/** An upload that is not a deltafile the server can store; the message says why. */
public class InvalidDeltaFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient UUID deltafileId;

  public InvalidDeltaFileException(String message, UUID deltafileId, Throwable cause) {
    super(message, cause);
    this.deltafileId = deltafileId;
  }

  /** The file's {@code id} when it could be read, for the faulty-file record. */
  public Optional<UUID> deltafileId() {
    return Optional.ofNullable(deltafileId);
  }
}

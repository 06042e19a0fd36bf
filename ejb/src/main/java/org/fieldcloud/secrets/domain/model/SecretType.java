package org.fieldcloud.secrets.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** How a secret reaches the worker (jobs.md 7): an environment variable or a pg_service entry. */
public enum SecretType {
  PGSERVICE("pgservice"),
  ENVVAR("envvar");

  private final String wire;

  SecretType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<SecretType> fromWire(String value) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
  }
}

package org.fieldcloud.jobs.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a job does (jobs.md 2.1); the wire and database spelling is the lower-case name. */
public enum JobType {
  PACKAGE,
  DELTA_APPLY,
  PROCESS_PROJECTFILE,
  CREATE_PROJECT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<JobType> fromWireName(String value) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
  }
}

package org.fieldcloud.jobs.domain.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The life of a job: pending → queued → started → finished | failed (jobs.md 2.2). */
public enum JobStatus {
  PENDING,
  QUEUED,
  STARTED,
  FINISHED,
  STOPPED,
  FAILED;

  /** A project with a job in one of these is busy; the queue runs one job per project. */
  public static final Set<JobStatus> ACTIVE = EnumSet.of(PENDING, QUEUED, STARTED);

  public boolean isActive() {
    return ACTIVE.contains(this);
  }

  public boolean isEnded() {
    return this == FINISHED || this == FAILED;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<JobStatus> fromWireName(String value) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
  }
}

package org.fieldcloud.admin.support;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The date pickers of the console take and show UTC to the minute. */
public final class UtcMinutes {

  private UtcMinutes() {}

  public static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
  }

  /** Null stays null. */
  public static OffsetDateTime toOffset(LocalDateTime at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}

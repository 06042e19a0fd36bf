package org.fieldcloud.subscriptions.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments of subscription periods in messages: minutes, UTC. */
final class Periods {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Periods() {}

  static String text(OffsetDateTime at) {
    return at.atZoneSameInstant(ZoneOffset.UTC).format(FORMAT) + " UTC";
  }
}

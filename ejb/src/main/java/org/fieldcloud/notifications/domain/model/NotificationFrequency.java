package org.fieldcloud.notifications.domain.model;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a person gets the e-mail digest ({@code core_useraccount.notifs_frequency}, model.md
 * 1.1.8): the batch goes out once its oldest pending event is older than this. Disabled (the
 * default) is a NULL interval.
 */
public enum NotificationFrequency {
  IMMEDIATELY(Duration.ZERO),
  HOURLY(Duration.ofHours(1)),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7)),
  DISABLED(null);

  private final Duration interval;

  NotificationFrequency(Duration interval) {
    this.interval = interval;
  }

  public Optional<Duration> interval() {
    return Optional.ofNullable(interval);
  }
}

package org.fieldcloud.notifications.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.fieldcloud.notifications.domain.model.NotificationEvent.Subject;
import org.junit.jupiter.api.Test;

class NotificationTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

  @Test
  void readsAsTheReferenceStringForm() {
    var event =
        new NotificationEvent(
            1,
            "alice",
            "added",
            Optional.of(new Subject("user", "2", "bob")),
            Optional.of(new Subject("user", "3", "myorg")));
    var notification = new Notification(2, event, NOW.minusMinutes(3));
    assertEquals("alice added bob on myorg 3 minutes ago", notification.describe(NOW));
  }

  @Test
  void partsThatAreAbsentAreLeftOut() {
    var event =
        new NotificationEvent(
            1,
            "alice",
            "deleted",
            Optional.of(new Subject("project", "x", "p1")),
            Optional.empty());
    assertEquals(
        "alice deleted p1 1 day ago", new Notification(2, event, NOW.minusHours(25)).describe(NOW));
  }
}

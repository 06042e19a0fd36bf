package org.fieldcloud.notifications.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Every minute, as the reference's {@code SendNotificationsJob} (model.md 3): sends the digests
 * that are due. A singleton with the default write lock, so runs on one server never overlap; runs
 * on several servers do not send twice ({@link NotificationDigests#send}). Non-persistent: a missed
 * minute is simply caught up by the next.
 */
@Singleton
public class NotificationEmailTimer {

  private static final Logger LOG = Logger.getLogger(NotificationEmailTimer.class.getName());

  @EJB NotificationDigests digests;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDueDigests() {
    if (!digests.enabled()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (long recipient : digests.due()) {
      try {
        digests.send(recipient, now);
      } catch (Exception e) {
        // The person's notifications stay pending and go out at a later run.
        LOG.warning(() -> "Digest for user " + recipient + " not sent, retried later: " + e);
      }
    }
  }
}

package org.fieldcloud.notifications.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.notifications.domain.model.Notification;
import org.fieldcloud.notifications.domain.model.NotificationFrequency;
import org.fieldcloud.shared.infrastructure.mail.MailSender;

/**
 * E-mail digests (model.md 4.2): a person whose oldest pending notification is older than their
 * chosen frequency gets one e-mail listing all their pending notifications, which are then marked
 * e-mailed (they stay unread). Unlike the reference, the age check is tied to the recipient: one
 * person's old notification does not make everyone's digest due.
 */
@Stateless
public class NotificationDigests {

  private static final Logger LOG = Logger.getLogger(NotificationDigests.class.getName());

  @PersistenceContext EntityManager em;
  @Inject MailSender mail;

  /** Whether digests can be sent at all (an SMTP server is configured). */
  public boolean enabled() {
    return mail.isConfigured();
  }

  /** The persons whose digest is due now, by the database clock. */
  @SuppressWarnings("unchecked")
  public List<Long> due() {
    List<Object> rows =
        em.createNativeQuery(
                "SELECT DISTINCT n.recipient_id FROM notifications_notification n"
                    + " JOIN core_useraccount a ON a.user_id = n.recipient_id"
                    + " WHERE n.unread AND NOT n.emailed AND a.notifs_frequency IS NOT NULL"
                    + " AND n.timestamp <= now() - a.notifs_frequency")
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  /**
   * Sends one person's digest in its own transaction. The pending rows are locked with SKIP LOCKED,
   * so two servers running the timer at once never send the same digest twice; a failed send rolls
   * back and is retried at the next run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean send(long recipientId, OffsetDateTime now) throws MessagingException {
    Person person = em.find(Person.class, recipientId);
    if (person == null) {
      return false;
    }
    if (person.getEmail() == null || person.getEmail().isBlank()) {
      LOG.warning(() -> "No e-mail address for " + person.getUsername() + ": digest not sent");
      return false;
    }
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM notifications_notification WHERE recipient_id = ?1"
                    + " AND unread AND NOT emailed ORDER BY timestamp, id FOR UPDATE SKIP LOCKED")
            .setParameter(1, recipientId)
            .getResultList();
    if (ids.isEmpty()) {
      return false;
    }
    List<Notification> pending =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.id IN :ids ORDER BY n.timestamp, n.id",
                Notification.class)
            .setParameter("ids", ids.stream().map(i -> ((Number) i).longValue()).toList())
            .getResultList();
    mail.send(DigestMail.of(person.getEmail(), person.getUsername(), pending, now));
    pending.forEach(Notification::markEmailed);
    return true;
  }

  /** Sets a person's digest frequency ({@code core_useraccount.notifs_frequency}). */
  public void setFrequency(long personId, NotificationFrequency frequency) {
    em.createNativeQuery(
            "UPDATE core_useraccount SET notifs_frequency = CAST(?1 AS interval) WHERE user_id = ?2")
        .setParameter(1, frequency.interval().map(NotificationDigests::seconds).orElse(null))
        .setParameter(2, personId)
        .executeUpdate();
  }

  private static String seconds(Duration d) {
    return d.toSeconds() + " seconds";
  }
}

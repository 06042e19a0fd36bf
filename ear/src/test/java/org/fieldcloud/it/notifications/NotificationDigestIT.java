package org.fieldcloud.it.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail digests through a real SMTP server (GreenMail on the port ./fieldcloud test gives the
 * server as {@code FIELDCLOUD_MAIL_PORT}). The digest timer runs every minute, as the reference's
 * cron; the test backdates notifications instead of waiting a day.
 */
class NotificationDigestIT {

  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp = TestMailServer.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aDailyDigestListsThePendingEventsAndNotificationsOffSendNothing() throws Exception {
    var owner = Accounts.person("nowner");
    var daily = Accounts.person("ndaily");
    var off = Accounts.person("noff");
    var recent = Accounts.person("nrecent");
    String org = Accounts.organization(owner.username());
    for (var person : List.of(daily, off, recent)) {
      var added = owner.api().postForm("members/" + org, Map.of("member", person.username()));
      assertEquals(201, added.status(), added::toString);
    }
    var project =
        owner.api().postForm("projects", Map.of("name", Accounts.unique("np"), "is_public", "0"));
    assertEquals(201, project.status(), project::toString);
    String projectName = project.json().getString("name");
    var collaborator =
        owner
            .api()
            .postForm(
                "collaborators/" + project.json().getString("id"),
                Map.of("collaborator", daily.username(), "role", "editor"));
    assertEquals(201, collaborator.status(), collaborator::toString);

    // daily: 3 member events + the collaborator event; off: 2 member events; recent: 1.
    assertEquals(4, pending(daily.username()));
    assertEquals(2, pending(off.username()));
    assertEquals(1, pending(recent.username()));
    assertEquals(0, pending(owner.username()), "the actor is not told what they did");

    frequency(daily.username(), "1 day");
    frequency(recent.username(), "1 day");
    // off keeps the default: NULL, disabled. Only daily's and off's oldest events are a day old;
    // recent's are not, however old other people's are (the reference's defect, fixed).
    backdateOldest(daily.username());
    backdateOldest(off.username());

    assertTrue(smtp.waitForIncomingEmail(150_000, 1), "no digest within 150 s");
    Thread.sleep(3_000);
    MimeMessage[] received = smtp.getReceivedMessages();
    List<MimeMessage> toDaily = to(received, daily.email());
    assertEquals(1, toDaily.size(), "one digest for the daily user");
    assertEquals(0, to(received, off.email()).size(), "notifications off: no mail");
    assertEquals(0, to(received, recent.email()).size(), "nothing a day old yet: no mail");

    MimeMessage digest = toDaily.get(0);
    assertEquals("New activity on QFieldCloud", digest.getSubject());
    String body = plainText(digest);
    assertTrue(body.contains("Here is what happened recently on QFieldCloud"), body);
    for (var member : List.of(daily, off, recent)) {
      assertTrue(
          body.contains(owner.username() + " added " + member.username() + " on " + org), body);
    }
    assertTrue(
        body.contains(owner.username() + " added " + daily.username() + " on " + projectName),
        body);

    assertEquals(0, pending(daily.username()), "all of them are marked e-mailed");
    assertEquals(
        4,
        Accounts.queryLong(
            "SELECT count(*) FROM notifications_notification n JOIN core_user u"
                + " ON u.id = n.recipient_id WHERE u.username = ? AND n.unread AND n.emailed",
            daily.username()),
        "e-mailed notifications stay unread");
    assertEquals(2, pending(off.username()));
  }

  private static List<MimeMessage> to(MimeMessage[] messages, String email) {
    return Arrays.stream(messages)
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The decoded plain-text alternative of the digest. */
  private static String plainText(MimeMessage message) throws Exception {
    var parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("text/plain")) {
        return (String) parts.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("the digest has no plain-text part");
  }

  private static long pending(String username) {
    return Accounts.queryLong(
        "SELECT count(*) FROM notifications_notification n JOIN core_user u"
            + " ON u.id = n.recipient_id WHERE u.username = ? AND n.unread AND NOT n.emailed",
        username);
  }

  private static void frequency(String username, String interval) {
    Accounts.sql(
        "UPDATE core_useraccount a SET notifs_frequency = ?::interval FROM core_user u"
            + " WHERE u.id = a.user_id AND u.username = ?",
        interval,
        username);
  }

  private static void backdateOldest(String username) {
    Accounts.sql(
        "UPDATE notifications_notification SET timestamp = now() - interval '25 hours'"
            + " WHERE id = (SELECT min(n.id) FROM notifications_notification n JOIN core_user u"
            + " ON u.id = n.recipient_id WHERE u.username = ?)",
        username);
  }
}

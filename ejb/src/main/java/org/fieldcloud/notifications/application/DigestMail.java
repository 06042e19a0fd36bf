package org.fieldcloud.notifications.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.fieldcloud.notifications.domain.model.Notification;
import org.fieldcloud.shared.infrastructure.mail.MailSender.Mail;

/** The text of the digest e-mail (model.md 4.2), with the reference's subject and wording. */
final class DigestMail {

  static final String SUBJECT = "New activity on QFieldCloud";

  private DigestMail() {}

  static Mail of(
      String email, String username, List<Notification> notifications, OffsetDateTime now) {
    List<String> lines = notifications.stream().map(n -> n.describe(now)).toList();
    StringBuilder text =
        new StringBuilder("Hi ")
            .append(username)
            .append(",\n\nHere is what happened recently on QFieldCloud:\n\n");
    lines.forEach(line -> text.append(" - ").append(line).append('\n'));
    StringBuilder html =
        new StringBuilder("<p>Hi ")
            .append(escape(username))
            .append(",</p><p>Here is what happened recently on QFieldCloud:</p><ul>");
    lines.forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
    html.append("</ul>");
    return new Mail(email, SUBJECT, text.toString(), html.toString());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

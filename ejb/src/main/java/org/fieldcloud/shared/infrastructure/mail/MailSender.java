package org.fieldcloud.shared.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the SMTP server of {@code fieldcloud.mail.*} (docs/configuration.md) with
 * Jakarta Mail. Without {@code fieldcloud.mail.host} nothing is sent and callers leave their mail
 * pending.
 */
@ApplicationScoped
public class MailSender {

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.ssl", defaultValue = "false")
  boolean ssl;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.from", defaultValue = "noreply@localhost")
  String from;

  private Session session;

  /** An e-mail with a plain text and an HTML body. */
  /** A message to one recipient; {@code html} may be null for plain text only. */
  public record Mail(String to, String subject, String text, String html) {}

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public void send(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    if (mail.html() == null) {
      message.setText(mail.text(), "UTF-8");
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), "UTF-8");
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(mail.html(), "text/html; charset=UTF-8");
      message.setContent(new MimeMultipart("alternative", text, html));
    }
    Transport.send(message);
  }

  private synchronized Session session() {
    if (session == null) {
      Properties props = new Properties();
      props.put("mail.smtp.host", host.orElseThrow());
      props.put("mail.smtp.port", String.valueOf(port));
      props.put("mail.smtp.connectiontimeout", "10000");
      props.put("mail.smtp.timeout", "30000");
      props.put("mail.smtp.writetimeout", "30000");
      props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
      props.put("mail.smtp.starttls.required", String.valueOf(startTls));
      props.put("mail.smtp.ssl.enable", String.valueOf(ssl));
      boolean auth = username.filter(u -> !u.isBlank()).isPresent();
      props.put("mail.smtp.auth", String.valueOf(auth));
      Authenticator authenticator =
          auth
              ? new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                  return new PasswordAuthentication(username.get(), password.orElse(""));
                }
              }
              : null;
      session = Session.getInstance(props, authenticator);
    }
    return session;
  }
}

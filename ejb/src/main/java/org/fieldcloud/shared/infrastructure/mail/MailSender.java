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
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server of the configuration. Without {@code
 * fieldcloud.mail.smtp.host} nothing is sent and the message is only logged, so a development
 * server works without a mail server.
 */
@ApplicationScoped
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "fieldcloud.mail.from", defaultValue = "FieldCloud <noreply@localhost>")
  String from;

  /** A message to one recipient. */
  public record Mail(String to, String subject, String text) {}

  /**
   * Sends the message.
   *
   * @throws IllegalStateException when the SMTP server refuses it or cannot be reached
   */
  public void send(Mail mail) {
    if (host.isEmpty() || host.get().isBlank()) {
      LOG.warning(
          () ->
              "fieldcloud.mail.smtp.host is not set; not sending '"
                  + mail.subject()
                  + "' to "
                  + mail.to());
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.text(), StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not send e-mail to " + mail.to(), e);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}

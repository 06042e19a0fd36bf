package org.fieldcloud.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.domain.model.PasswordHasher;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.infrastructure.mail.MailSender;

/**
 * Password reset links (model.md 2.2, 6), like Django's: the token signs the person's id, the issue
 * time, the current password hash and last login, so it needs no table and stops working once the
 * password changed or the person logged in again, or after the configured lifetime.
 */
@Stateless
public class PasswordResets {

  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

  /** Used when fieldcloud.secret-key is unset: links then die with a restart. */
  private static final byte[] RANDOM_KEY = new SecureRandom().generateSeed(32);

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject MailSender mail;

  @Inject
  @ConfigProperty(name = "fieldcloud.secret-key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "fieldcloud.accounts.password-reset-hours", defaultValue = "72")
  long validHours;

  Clock clock = Clock.systemUTC();

  private byte[] key;

  @PostConstruct
  void init() {
    key =
        secretKey
            .filter(s -> !s.isBlank())
            .map(s -> s.getBytes(StandardCharsets.UTF_8))
            .orElse(RANDOM_KEY);
  }

  /** The query of a reset link: which person and the signed token. */
  public record ResetKey(long personId, String token) {
    public String query() {
      return "uid=" + personId + "&token=" + token;
    }
  }

  /**
   * E-mails a reset link to the active person with that address. Says nothing about whether one
   * exists, so the form cannot be used to find out who has an account.
   *
   * @param resetPage the absolute URL of the page that takes the new password
   */
  public void mailResetLink(String email, String resetPage) {
    if (email == null || email.isBlank()) {
      return;
    }
    Optional<Person> person = accounts.findPersonByEmail(email.strip()).filter(Person::isActive);
    if (person.isEmpty()) {
      return;
    }
    Person p = person.get();
    if (!mail.isConfigured()) {
      LOG.warning("fieldcloud.mail.host is not set; no password reset mail for " + p.getUsername());
      return;
    }
    try {
      mail.send(
          new MailSender.Mail(
              p.getEmail(),
              "Password reset",
              "Hello "
                  + p.getUsername()
                  + ",\n\nsomeone asked to reset the password of your FieldCloud account."
                  + "\nTo choose a new password, open:\n\n"
                  + resetPage
                  + "?"
                  + keyFor(p).query()
                  + "\n\nThe link works once and for "
                  + validHours
                  + " hours. If you did not ask for it, ignore this message.\n",
              null));
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not send the password reset mail", e);
    }
  }

  /** The admin console's "Generate reset password URL" (model.md 2.2). */
  public ResetKey keyByStaff(AuthenticatedUser staff, long personId) {
    if (!staff.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
    return keyFor(person(personId));
  }

  /** Whether the link is still good; the reset page checks it before asking for a password. */
  public boolean isValid(long personId, String token) {
    return accounts.findPersonById(personId).filter(p -> matches(p, token)).isPresent();
  }

  /** Sets the new password if the token is good. */
  public void reset(long personId, String token, String newPassword) {
    Person person =
        accounts
            .findPersonById(personId)
            .filter(p -> matches(p, token))
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR,
                        400,
                        "The password reset link is invalid or has expired; ask for a new one."));
    AccountService.checkPassword(newPassword, person.getUsername(), person.getEmail());
    person.changePasswordHash(passwords.hash(newPassword));
  }

  ResetKey keyFor(Person person) {
    long issued = clock.instant().getEpochSecond();
    String stamp = Long.toString(issued, 36);
    return new ResetKey(person.getId(), stamp + "-" + signature(person, stamp));
  }

  private boolean matches(Person person, String token) {
    if (token == null || !person.isActive()) {
      return false;
    }
    int dash = token.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    String stamp = token.substring(0, dash);
    long issued;
    try {
      issued = Long.parseLong(stamp, 36);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Instant.ofEpochSecond(issued).plusSeconds(validHours * 3600).isBefore(clock.instant())) {
      return false;
    }
    return MessageDigest.isEqual(
        signature(person, stamp).getBytes(StandardCharsets.US_ASCII),
        token.substring(dash + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(Person person, String stamp) {
    String lastLogin =
        person.getLastLogin() == null ? "" : String.valueOf(person.getLastLogin().toEpochSecond());
    String payload =
        person.getId() + "|" + stamp + "|" + person.getPasswordHash() + "|" + lastLogin;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 40);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Person person(long personId) {
    return accounts
        .findPersonById(personId)
        .orElseThrow(() -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No such person."));
  }
}

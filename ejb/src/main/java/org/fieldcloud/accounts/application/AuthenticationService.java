package org.fieldcloud.accounts.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.domain.model.AuthToken;
import org.fieldcloud.accounts.domain.model.ClientType;
import org.fieldcloud.accounts.domain.model.PasswordHasher;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.domain.model.UserType;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Logs persons in and out with API tokens, and resolves the token of every request (api.md 2, 5.1;
 * model.md 6). Only persons can log in; organizations and teams have no credentials.
 */
@Stateless
public class AuthenticationService {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/fieldcloud")
  DataSource dataSource;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @EJB LoginAttempts attempts;

  @Inject
  @ConfigProperty(name = "fieldcloud.auth.token-expiration-hours", defaultValue = "720")
  long tokenHours;

  /** A person and the token just issued to them. */
  public record Login(Person person, AuthToken token) {}

  /**
   * Checks a username (or e-mail) and password and issues a new token for the client the User-Agent
   * names.
   *
   * @param login the username or e-mail address as typed; matched case-insensitively
   */
  public Login login(String login, String password, String clientIp, String userAgent) {
    Person person = checkPassword(login, password, clientIp);
    OffsetDateTime now = now();
    AuthToken token =
        issue(person, ClientType.fromUserAgent(userAgent), userAgent, expiry(now), now);
    return new Login(person, token);
  }

  /**
   * Checks a username (or e-mail) and password with the lockout rules of model.md 6 and records the
   * login, without issuing a token: the admin console keeps the person in its web session.
   *
   * @throws ApiException {@code authentication_failed} or {@code too_many_failed_login_attempts}
   */
  public Person checkPassword(String login, String password, String clientIp) {
    if (login == null || login.isBlank()) {
      throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, "Give a username or an e-mail.");
    }
    if (attempts.isLocked(login, clientIp)) {
      throw new ApiException(
          ErrorCode.TOO_MANY_FAILED_LOGIN_ATTEMPTS,
          "Too many failed logins for this account from your address; try again later.");
    }
    Optional<Person> person = findByLogin(login);
    // Hash even when nobody has that name, so the answer time does not tell which names exist.
    String hash = person.map(Person::getPasswordHash).orElseGet(passwords::unusableHash);
    boolean passwordMatches = passwords.matches(password == null ? "" : password, hash);
    if (person.isEmpty() || !person.get().isActive() || !passwordMatches) {
      boolean nowLocked = attempts.recordFailure(login, clientIp);
      if (nowLocked) {
        throw new ApiException(
            ErrorCode.TOO_MANY_FAILED_LOGIN_ATTEMPTS,
            "Too many failed logins for this account from your address; try again later.");
      }
      throw new ApiException(
          ErrorCode.AUTHENTICATION_FAILED, "Unable to log in with the provided credentials.");
    }
    attempts.reset(login, clientIp);
    person.get().recordLogin(now());
    return person.get();
  }

  /** allauth tries the e-mail first, then the username. */
  private Optional<Person> findByLogin(String login) {
    Optional<Person> byEmail =
        login.contains("@") ? accounts.findPersonByEmail(login) : Optional.empty();
    return byEmail.or(() -> accounts.findPerson(login));
  }

  /**
   * A token for the worker container of a job, running as {@code person}. Worker tokens never
   * expire other tokens, and they are the only ones the package upload accepts.
   */
  public AuthToken issueWorkerToken(Person person, OffsetDateTime expiresAt) {
    OffsetDateTime now = now();
    Person managed = em.find(Person.class, person.getId());
    return issue(managed, ClientType.WORKER, "", expiresAt, now);
  }

  private AuthToken issue(
      User user,
      ClientType clientType,
      String userAgent,
      OffsetDateTime expiresAt,
      OffsetDateTime now) {
    if (clientType.keepsSingleToken()) {
      em.createQuery(
              "UPDATE AuthToken t SET t.expiresAt = :now, t.updatedAt = :now"
                  + " WHERE t.user = :user AND t.clientType = :type AND t.expiresAt > :now")
          .setParameter("now", now)
          .setParameter("user", user)
          .setParameter("type", clientType)
          .executeUpdate();
    }
    AuthToken token = new AuthToken(user, clientType, userAgent, now, expiresAt);
    em.persist(token);
    em.flush();
    return token;
  }

  /**
   * The person a token key belongs to, with the token's use recorded.
   *
   * <p>This runs on every API request, so it is one read of the token with its user and one write
   * of {@code last_used_at}, in plain JDBC (docs/benchmarks.md, projects-list). The write is still
   * made on every request (api.md 2.1) and seen at once by every other session, but its commit does
   * not wait for the disk ({@code synchronous_commit} off for this transaction only): a crash of
   * the database may lose the last fraction of a second of {@code last_used_at} updates, which
   * records nothing else, instead of every request waiting for an fsync.
   *
   * @throws ApiException {@code token_authentication_failed} for an unknown or expired key or an
   *     inactive user
   */
  public AuthenticatedUser authenticate(String key) {
    try (Connection connection = dataSource.getConnection()) {
      AuthenticatedUser user = tokenUser(connection, key);
      try (PreparedStatement touch =
          connection.prepareStatement(
              "SET LOCAL synchronous_commit TO OFF;"
                  + " UPDATE authentication_authtoken SET last_used_at = now() WHERE id = ?")) {
        touch.setLong(1, user.tokenId());
        touch.execute();
      }
      return user;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the token failed", e);
    }
  }

  private static AuthenticatedUser tokenUser(Connection connection, String key)
      throws SQLException {
    try (PreparedStatement read =
        connection.prepareStatement(
            "SELECT t.id, t.client_type, t.expires_at, u.id, u.username, u.is_staff,"
                + " u.is_active, u.type FROM authentication_authtoken t"
                + " JOIN core_user u ON u.id = t.user_id WHERE t.key = ?")) {
      read.setString(1, key);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          throw tokenFailed("Invalid token.");
        }
        if (!row.getTimestamp(3).toInstant().isAfter(Instant.now())) {
          throw tokenFailed("Token has expired.");
        }
        if (!row.getBoolean(7) || row.getInt(8) != UserType.PERSON.number()) {
          throw tokenFailed("User inactive or deleted.");
        }
        return new AuthenticatedUser(
            row.getLong(4),
            row.getString(5),
            row.getBoolean(6),
            ClientType.parse(row.getString(2)).orElse(ClientType.UNKNOWN),
            row.getLong(1));
      }
    }
  }

  /** Expires every still-valid token of the user, on every client. */
  public void logout(long userId) {
    OffsetDateTime now = now();
    em.createQuery(
            "UPDATE AuthToken t SET t.expiresAt = :now, t.updatedAt = :now"
                + " WHERE t.user.id = :user AND t.expiresAt > :now")
        .setParameter("now", now)
        .setParameter("user", userId)
        .executeUpdate();
  }

  private OffsetDateTime expiry(OffsetDateTime now) {
    return now.plusHours(tokenHours);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static ApiException tokenFailed(String detail) {
    return new ApiException(ErrorCode.TOKEN_AUTHENTICATION_FAILED, detail);
  }
}

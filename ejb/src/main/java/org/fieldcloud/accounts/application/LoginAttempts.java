package org.fieldcloud.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per (username, client IP) in the database, so that every app node sees the
 * same count (api.md 2.3): after {@code fieldcloud.auth.max-failed-logins} failures the pair is
 * locked for {@code fieldcloud.auth.lockout-minutes} after the last failure. A failure older than
 * the lockout period starts a new count; a successful login clears it.
 */
@Stateless
public class LoginAttempts {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "fieldcloud.auth.max-failed-logins", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "fieldcloud.auth.lockout-minutes", defaultValue = "30")
  int lockoutMinutes;

  public boolean isLocked(String username, String ip) {
    Number locked =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM accounts_loginattempt WHERE username = ?1"
                        + " AND ip_address = ?2 AND failures >= ?3"
                        + " AND last_failure_at > now() - make_interval(mins => ?4)")
                .setParameter(1, key(username))
                .setParameter(2, ip)
                .setParameter(3, maxFailures)
                .setParameter(4, lockoutMinutes)
                .getSingleResult();
    return locked.longValue() > 0;
  }

  /**
   * Records a failure in its own transaction: the login that failed rolls back, the count must not.
   * Returns true when this failure locked the pair.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean recordFailure(String username, String ip) {
    Number failures =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO accounts_loginattempt AS a"
                        + " (username, ip_address, failures, last_failure_at)"
                        + " VALUES (?1, ?2, 1, now()) ON CONFLICT (username, ip_address)"
                        + " DO UPDATE SET failures = CASE WHEN a.last_failure_at"
                        + " <= now() - make_interval(mins => ?3) THEN 1 ELSE a.failures + 1 END,"
                        + " last_failure_at = now() RETURNING failures")
                .setParameter(1, key(username))
                .setParameter(2, ip)
                .setParameter(3, lockoutMinutes)
                .getSingleResult();
    return failures.intValue() >= maxFailures;
  }

  public void reset(String username, String ip) {
    em.createNativeQuery(
            "DELETE FROM accounts_loginattempt WHERE username = ?1 AND ip_address = ?2")
        .setParameter(1, key(username))
        .setParameter(2, ip)
        .executeUpdate();
  }

  /** Logins are case-insensitive, so "Alice" and "alice" count as the same name. */
  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}

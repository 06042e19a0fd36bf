package org.fieldcloud.accounts.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Hourly: deletes API tokens that expired, which no request can use any more (an expired and an
 * unknown token answer the same 401). Non-persistent: a missed run is caught up by the next.
 */
@Singleton
public class ExpiredTokensCleanup {

  private static final Logger LOG = Logger.getLogger(ExpiredTokensCleanup.class.getName());

  @PersistenceContext EntityManager em;

  @Schedule(minute = "17", hour = "*", persistent = false)
  public void deleteExpiredTokens() {
    int deleted =
        em.createNativeQuery("DELETE FROM authentication_authtoken WHERE expires_at < now()")
            .executeUpdate();
    if (deleted > 0) {
      LOG.info(() -> "Deleted " + deleted + " expired API tokens");
    }
  }
}

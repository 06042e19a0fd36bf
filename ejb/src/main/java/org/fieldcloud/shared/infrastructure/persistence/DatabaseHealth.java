package org.fieldcloud.shared.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Answers whether the database accepts a query right now. */
@Stateless
public class DatabaseHealth {

  private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

  @Resource(lookup = "jdbc/fieldcloud")
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isHealthy() {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT 1")) {
      return rows.next();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Database health check failed: {0}", e.getMessage());
      return false;
    }
  }
}

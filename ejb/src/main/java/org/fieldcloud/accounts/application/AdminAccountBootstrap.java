package org.fieldcloud.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.domain.model.AccountCreated;
import org.fieldcloud.accounts.domain.model.PasswordHasher;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.UserAccount;
import org.fieldcloud.accounts.domain.model.UserType;

/**
 * Creates the first staff superuser when the service starts on an empty database, from {@code
 * fieldcloud.admin.*}. An existing account of that name is never touched, so the password a
 * operator changed later survives restarts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AdminAccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Event<AccountCreated> accountCreated;

  @Inject
  @ConfigProperty(name = "fieldcloud.admin.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "fieldcloud.admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "fieldcloud.admin.email", defaultValue = "admin@localhost")
  String email;

  @Inject
  @ConfigProperty(name = "fieldcloud.time-zone", defaultValue = "UTC")
  String timeZone;

  @PostConstruct
  void createFirstAdmin() {
    if (password.filter(p -> !p.isBlank()).isEmpty()) {
      LOG.info("fieldcloud.admin.password is not set: no administrator account is created");
      return;
    }
    long existing =
        em.createQuery(
                "SELECT count(u) FROM User u WHERE upper(u.username) = upper(:name)", Long.class)
            .setParameter("name", username)
            .getSingleResult();
    if (existing > 0) {
      return;
    }
    Person admin = Person.superuser(username, email, passwords.hash(password.get()));
    em.persist(admin);
    em.flush();
    em.persist(new UserAccount(admin.getId(), timeZone));
    em.flush();
    accountCreated.fire(new AccountCreated(admin.getId(), UserType.PERSON, admin.getId()));
    LOG.info(() -> "Created the staff superuser " + username);
  }
}

package org.fieldcloud.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldcloud.accounts.domain.model.AccountCreated;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.PasswordHasher;
import org.fieldcloud.accounts.domain.model.PasswordRules;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.domain.model.UserAccount;
import org.fieldcloud.accounts.domain.model.UserType;
import org.fieldcloud.accounts.domain.model.UsernameRules;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Creates and changes persons and organizations (api.md 5.3). Every check happens before the first
 * write, and the transaction rolls back on any error, so a refused request leaves nothing behind.
 */
@Stateless
public class AccountService {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwords;
  @Inject OrganizationAccess access;
  @Inject Event<AccountCreated> accountCreated;

  @Inject
  @ConfigProperty(name = "fieldcloud.time-zone", defaultValue = "UTC")
  String defaultTimeZone;

  @Inject
  @ConfigProperty(name = "fieldcloud.accounts.signup-open", defaultValue = "false")
  boolean signupOpen;

  /** What {@code POST users/} asks for. */
  public record NewPerson(
      String username, String password, String email, String firstName, String lastName) {}

  /** The writable fields of {@code PUT/PATCH users/<name>/}; empty = unchanged. */
  public record UserChanges(
      Optional<String> username,
      Optional<String> email,
      Optional<String> firstName,
      Optional<String> lastName) {}

  /** Creates a person account, by a staff user (API) or by the service itself (bootstrap). */
  public Person createPerson(AuthenticatedUser caller, NewPerson request) {
    requireStaff(caller);
    return createPerson(request);
  }

  /** Whether anyone may create an account on the sign-up page (model.md 6, open adapter). */
  public boolean isSignupOpen() {
    return signupOpen;
  }

  /** A person signing themselves up; refused unless sign-up is open. */
  public Person signUp(NewPerson request) {
    if (!signupOpen) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Sign-up is closed on this server.");
    }
    checkPassword(request.password(), request.username(), request.email());
    return createPerson(request);
  }

  /** The admin console's "set password" on a person (model.md 2.2). */
  public void setPasswordByStaff(AuthenticatedUser staff, long personId, String password) {
    requireStaff(staff);
    Person person = person(personId);
    checkPassword(password, person.getUsername(), person.getEmail());
    person.changePasswordHash(passwords.hash(password));
  }

  /** The admin console's active and staff check boxes on a person. */
  public Person changeStatusByStaff(
      AuthenticatedUser staff, long personId, boolean active, boolean isStaff) {
    requireStaff(staff);
    Person person = person(personId);
    if (person.getId() == staff.userId() && (!active || !isStaff)) {
      throw badRequest("You cannot take away your own staff access or deactivate yourself.");
    }
    person.changeStatus(active, isStaff);
    return person;
  }

  private Person person(long personId) {
    return accounts
        .findPersonById(personId)
        .orElseThrow(() -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No such person."));
  }

  private static void requireStaff(AuthenticatedUser caller) {
    if (!caller.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
  }

  static void checkPassword(String password, String username, String email) {
    PasswordRules.problemWith(password, username, email)
        .ifPresent(
            problem -> {
              throw badRequest(problem);
            });
  }

  Person createPerson(NewPerson request) {
    checkNewUsername(request.username(), null);
    if (request.password() == null || request.password().isEmpty()) {
      throw badRequest("A password is required.");
    }
    if (request.email() == null || request.email().isBlank()) {
      throw badRequest("An e-mail address is required.");
    }
    checkEmail(request.email(), null);
    Person person =
        new Person(request.username(), request.email().strip(), passwords.hash(request.password()));
    person.changeFirstName(request.firstName());
    person.changeLastName(request.lastName());
    persistWithAccount(person, UserType.PERSON, person.getId());
    return person;
  }

  /**
   * Creates an organization owned by a person. There is no API for this (api.md 5.3): the admin
   * console calls it.
   */
  public Organization createOrganization(String ownerUsername, String name, String email) {
    Person owner =
        accounts
            .findPerson(ownerUsername)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.OBJECT_NOT_FOUND, "No person named '" + ownerUsername + "'."));
    checkNewUsername(name, null);
    Organization organization = new Organization(name, email, owner);
    persistWithAccount(organization, UserType.ORGANIZATION, owner.getId());
    return organization;
  }

  /** Changes a person's own account, or an organization's by one of its admins. */
  public User update(
      AuthenticatedUser caller, String username, UserChanges changes, boolean replace) {
    User user =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new ApiException(ErrorCode.PERMISSION_DENIED, "No such account."));
    boolean allowed =
        user.getId() == caller.userId()
            || (user instanceof Organization org && access.isAdmin(org, caller.userId()));
    if (!allowed) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED, "You may change only your own account or organizations.");
    }
    if (replace && changes.username().isEmpty()) {
      throw badRequest("PUT needs the field 'username'.");
    }
    if (changes.username().isPresent() && !changes.username().get().equals(user.getUsername())) {
      if (user.isTeam()) {
        throw badRequest("Rename a team through its organization's teams endpoint.");
      }
      String newName = changes.username().get();
      checkNewUsername(newName, user.getId());
      String oldName = user.getUsername();
      user.rename(newName);
      if (user instanceof Organization) {
        renameTeamsOf(user.getId(), oldName, newName);
      }
    }
    if (changes.email().isPresent()) {
      if (user.isPerson()) {
        if (changes.email().get().isBlank()) {
          throw badRequest("A person needs an e-mail address.");
        }
        checkEmail(changes.email().get(), user.getId());
      }
      user.changeEmail(changes.email().get().strip());
    }
    changes.firstName().ifPresent(user::changeFirstName);
    changes.lastName().ifPresent(user::changeLastName);
    accounts.em().flush();
    return user;
  }

  /** Team usernames carry the organization's name: "@org/team". */
  private void renameTeamsOf(long organizationId, String oldName, String newName) {
    accounts
        .em()
        .createNativeQuery(
            "UPDATE core_user u SET username = ?1 || substr(u.username, ?2) FROM core_team t"
                + " WHERE t.user_ptr_id = u.id AND t.team_organization_id = ?3")
        .setParameter(1, "@" + newName)
        .setParameter(2, oldName.length() + 2)
        .setParameter(3, organizationId)
        .executeUpdate();
  }

  private void persistWithAccount(User user, UserType type, Long createdById) {
    EntityManager em = accounts.em();
    em.persist(user);
    em.flush();
    em.persist(new UserAccount(user.getId(), defaultTimeZone));
    em.flush();
    accountCreated.fire(
        new AccountCreated(user.getId(), type, createdById == null ? user.getId() : createdById));
  }

  private void checkNewUsername(String username, Long exceptId) {
    UsernameRules.problemWith(username)
        .ifPresent(
            problem -> {
              throw new ApiException(ErrorCode.API_ERROR, 400, problem);
            });
    if (accounts.usernameTaken(username, exceptId)) {
      throw badRequest("A user with that username already exists.");
    }
  }

  private void checkEmail(String email, Long exceptId) {
    if (!email.contains("@")) {
      throw badRequest("Enter a valid e-mail address.");
    }
    if (accounts.emailTakenByAnotherPerson(email.strip(), exceptId)) {
      throw badRequest("This email is already taken by another user!");
    }
  }

  private static ApiException badRequest(String detail) {
    return new ApiException(ErrorCode.API_ERROR, 400, detail);
  }
}

package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The root of the account hierarchy: a person, an organization or a team all have a username and
 * share one name space (model.md 1.1.2). The concrete kind is the {@code type} column.
 */
@Entity
@Table(name = "core_user")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "type", discriminatorType = DiscriminatorType.INTEGER)
public abstract class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 150)
  private String username;

  /** The salted password hash, never the password itself; empty for organizations and teams. */
  @Column(name = "password", nullable = false)
  private String passwordHash = "";

  @Column(nullable = false)
  private String email = "";

  @Column(name = "first_name", nullable = false)
  private String firstName = "";

  @Column(name = "last_name", nullable = false)
  private String lastName = "";

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Column(name = "is_staff", nullable = false)
  private boolean staff;

  @Column(name = "is_superuser", nullable = false)
  private boolean superuser;

  @Column(name = "date_joined", nullable = false)
  private OffsetDateTime dateJoined = OffsetDateTime.now();

  @Column(name = "last_login")
  private OffsetDateTime lastLogin;

  protected User() {}

  protected User(String username, String email, String passwordHash) {
    this.username = username;
    this.email = email == null ? "" : email;
    this.passwordHash = passwordHash;
  }

  /** The {@code type} column: 1 person, 2 organization, 3 team. */
  public abstract UserType type();

  public boolean isPerson() {
    return type() == UserType.PERSON;
  }

  public boolean isOrganization() {
    return type() == UserType.ORGANIZATION;
  }

  public boolean isTeam() {
    return type() == UserType.TEAM;
  }

  /** "first last" without stray blanks, as QFieldCloud's {@code full_name}. */
  public String fullName() {
    return (firstName + " " + lastName).strip();
  }

  public void rename(String newUsername) {
    this.username = newUsername;
  }

  public void changeEmail(String newEmail) {
    this.email = newEmail == null ? "" : newEmail;
  }

  public void changeFirstName(String name) {
    this.firstName = name == null ? "" : name;
  }

  public void changeLastName(String name) {
    this.lastName = name == null ? "" : name;
  }

  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
  }

  /** Staff set these on the admin console's person form. */
  public void changeStatus(boolean isActive, boolean isStaff) {
    this.active = isActive;
    this.staff = isStaff;
  }

  public void deactivate() {
    this.active = false;
  }

  public void recordLogin(OffsetDateTime at) {
    this.lastLogin = at;
  }

  public OffsetDateTime getLastLogin() {
    return lastLogin;
  }

  protected void grantSuperuser() {
    this.staff = true;
    this.superuser = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public boolean isActive() {
    return active;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isStaff() {
    return staff;
  }

  public boolean isSuperuser() {
    return superuser;
  }

  public OffsetDateTime getDateJoined() {
    return dateJoined;
  }
}

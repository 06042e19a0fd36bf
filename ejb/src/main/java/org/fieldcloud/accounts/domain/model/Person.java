package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

/** A human being who can sign in (model.md 1.1.3). */
@Entity
@Table(name = "core_person")
@DiscriminatorValue("1")
@PrimaryKeyJoinColumn(name = "user_ptr_id")
public class Person extends User {

  protected Person() {}

  public Person(String username, String email, String passwordHash) {
    super(username, email, passwordHash);
  }

  @Override
  public UserType type() {
    return UserType.PERSON;
  }

  /** A staff superuser: may use the admin console and every staff-only endpoint. */
  public static Person superuser(String username, String email, String passwordHash) {
    Person person = new Person(username, email, passwordHash);
    person.grantSuperuser();
    return person;
  }
}

package org.fieldcloud.accounts.application;

import org.fieldcloud.accounts.domain.model.UserType;

/** What the public user listing shows of an account, read straight from the database. */
public record UserSummary(String username, UserType type, String firstName, String lastName) {

  public String fullName() {
    return (firstName + " " + lastName).strip();
  }
}

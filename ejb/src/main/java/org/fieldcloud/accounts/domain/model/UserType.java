package org.fieldcloud.accounts.domain.model;

/** The kinds of account; the number is the {@code type} column and the API's {@code type}. */
public enum UserType {
  PERSON(1),
  ORGANIZATION(2),
  TEAM(3);

  private final int number;

  UserType(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }
}

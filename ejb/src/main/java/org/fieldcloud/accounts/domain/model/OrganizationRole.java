package org.fieldcloud.accounts.domain.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member may do in an organization (model.md 1.1.5); stored and sent in lower case. */
public enum OrganizationRole {
  /** Full administration of the organization and all its projects. */
  ADMIN,
  /** May create projects owned by the organization. */
  CREATOR,
  /** No implicit project access. */
  MEMBER;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OrganizationRole> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.value().equals(value)).findFirst();
  }
}

package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.fieldcloud.accounts.domain.model.User;

/** An account as its owner sees it (api.md 6.1 CompleteUser). */
@JsonbPropertyOrder({"username", "type", "fullName", "email", "avatarUrl", "firstName", "lastName"})
public record CompleteUserView(
    String username,
    int type,
    String fullName,
    String email,
    String avatarUrl,
    String firstName,
    String lastName) {

  static CompleteUserView of(User user) {
    return new CompleteUserView(
        user.getUsername(),
        user.type().number(),
        user.fullName(),
        user.getEmail(),
        null,
        user.getFirstName(),
        user.getLastName());
  }
}

package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.fieldcloud.accounts.application.AuthenticationService.Login;
import org.fieldcloud.accounts.domain.model.Person;

/**
 * The answer to a login (api.md 6.1). {@code type} is a string here, unlike everywhere else: that
 * is what QFieldCloud sends and what clients were written against.
 */
@JsonbPropertyOrder({
  "token",
  "expiresAt",
  "username",
  "type",
  "email",
  "avatarUrl",
  "firstName",
  "lastName",
  "fullName"
})
public record TokenView(
    String token,
    OffsetDateTime expiresAt,
    String username,
    String type,
    String email,
    String avatarUrl,
    String firstName,
    String lastName,
    String fullName) {

  static TokenView of(Login login) {
    Person person = login.person();
    return new TokenView(
        login.token().getKey(),
        login.token().getExpiresAt(),
        person.getUsername(),
        Integer.toString(person.type().number()),
        person.getEmail(),
        null,
        person.getFirstName(),
        person.getLastName(),
        person.fullName());
  }
}

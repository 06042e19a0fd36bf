package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.fieldcloud.accounts.application.UserSummary;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.domain.model.UserType;

/**
 * What anyone may see of an account (api.md 6.1 PublicUser). Teams show their short name in {@code
 * username_display}.
 */
@JsonbPropertyOrder({"username", "type", "fullName", "avatarUrl", "usernameDisplay"})
public record PublicUserView(
    String username, int type, String fullName, String avatarUrl, String usernameDisplay) {

  static PublicUserView of(User user) {
    return of(
        new UserSummary(user.getUsername(), user.type(), user.getFirstName(), user.getLastName()));
  }

  static PublicUserView of(UserSummary user) {
    String display = user.username();
    if (user.type() == UserType.TEAM && Team.isTeamUsername(display)) {
      display = display.substring(display.indexOf('/') + 1);
    }
    return new PublicUserView(
        user.username(), user.type().number(), user.fullName(), null, display);
  }
}

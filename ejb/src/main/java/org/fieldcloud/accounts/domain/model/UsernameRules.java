package org.fieldcloud.accounts.domain.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person's or organization's username may look like (model.md 1.1.2): 3 to 150 of {@code
 * [-a-zA-Z0-9_]}, starting with a letter, and not a word the URLs of the service use.
 */
public final class UsernameRules {

  public static final int MAX_LENGTH = 150;

  private static final Pattern ALLOWED = Pattern.compile("^[-a-zA-Z0-9_]+$");
  private static final Pattern STARTS_WITH_LETTER = Pattern.compile("^[a-zA-Z].*$");

  /** Compared case-insensitively. */
  static final Set<String> RESERVED =
      Set.of(
          "user",
          "users",
          "project",
          "projects",
          "owner",
          "push",
          "file",
          "files",
          "collaborator",
          "collaborators",
          "member",
          "members",
          "organization",
          "qfield",
          "qfieldcloud",
          "history",
          "version",
          "delta",
          "deltas",
          "deltafile",
          "auth",
          "qfield-files",
          "esri");

  private UsernameRules() {}

  /** Why {@code username} cannot be used, or empty when it can. */
  public static Optional<String> problemWith(String username) {
    if (username == null || username.isEmpty()) {
      return Optional.of("A username is required.");
    }
    if (username.length() < 3) {
      return Optional.of("A username has at least 3 characters.");
    }
    if (username.length() > MAX_LENGTH) {
      return Optional.of("A username has at most " + MAX_LENGTH + " characters.");
    }
    if (!ALLOWED.matcher(username).matches()) {
      return Optional.of("A username may contain only letters, digits, '_' and '-'.");
    }
    if (!STARTS_WITH_LETTER.matcher(username).matches()) {
      return Optional.of("A username must start with a letter.");
    }
    if (RESERVED.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("'" + username + "' is a reserved word and cannot be a username.");
    }
    return Optional.empty();
  }

  /** Why {@code name} cannot name a team, or empty. Teams follow the same character rules. */
  public static Optional<String> problemWithTeamName(String organization, String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("A team name is required.");
    }
    if (!ALLOWED.matcher(name).matches()) {
      return Optional.of("A team name may contain only letters, digits, '_' and '-'.");
    }
    if (Team.fullName(organization, name).length() > MAX_LENGTH) {
      return Optional.of("The team name is too long.");
    }
    return Optional.empty();
  }
}

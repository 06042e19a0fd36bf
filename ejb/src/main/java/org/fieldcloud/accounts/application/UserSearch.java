package org.fieldcloud.accounts.application;

import java.util.Optional;

/**
 * The filters of {@code GET users/} (api.md 5.3).
 *
 * @param query case-insensitive part of the username; empty matches everyone
 * @param organization leave out this organization, its owner and members, and teams of other
 *     organizations
 * @param excludeMembersOfTeam leave out the members of the team with this id
 * @param excludeOrganizations leave out organizations
 * @param excludeTeams leave out teams
 * @param invert with {@code organization}: only its owner and members instead
 */
public record UserSearch(
    String query,
    Optional<String> organization,
    Optional<Long> excludeMembersOfTeam,
    boolean excludeOrganizations,
    boolean excludeTeams,
    boolean invert) {}

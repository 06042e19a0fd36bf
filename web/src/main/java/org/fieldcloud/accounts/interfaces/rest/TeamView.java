package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.fieldcloud.accounts.application.TeamService.TeamDetails;

/** A team by its short name, with its members' usernames (api.md 6.5). */
@JsonbPropertyOrder({"team", "organization", "members"})
public record TeamView(String team, String organization, List<String> members) {

  static TeamView of(TeamDetails details) {
    return new TeamView(
        details.team().shortName(),
        details.team().getOrganization().getUsername(),
        details.members());
  }
}

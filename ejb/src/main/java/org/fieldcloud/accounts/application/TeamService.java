package org.fieldcloud.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.accounts.domain.model.TeamMember;
import org.fieldcloud.accounts.domain.model.UsernameRules;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/** Teams of an organization and their members (api.md 5.5). */
@Stateless
public class TeamService {

  @Inject AccountRepository accounts;
  @Inject OrganizationAccess access;

  /** A team with the usernames of its members. */
  public record TeamDetails(Team team, List<String> members) {}

  /** Refuses (403) unless the caller administers the organization; see MembershipService. */
  public void requireAdmin(AuthenticatedUser caller, String organization) {
    access.administered(organization, caller);
  }

  public List<TeamDetails> list(String organization) {
    return accounts.teams(access.readable(organization)).stream().map(this::details).toList();
  }

  public TeamDetails get(String organization, String team) {
    return details(findTeam(access.readable(organization), team));
  }

  public TeamDetails create(AuthenticatedUser caller, String organizationName, String name) {
    Organization organization = access.administered(organizationName, caller);
    checkName(organization, name);
    Team team = new Team(organization, name.strip());
    accounts.em().persist(team);
    accounts.em().flush();
    return details(team);
  }

  public TeamDetails rename(
      AuthenticatedUser caller, String organizationName, String teamName, String newName) {
    Organization organization = access.administered(organizationName, caller);
    Team team = findTeam(organization, teamName);
    if (!team.shortName().equals(newName)) {
      checkName(organization, newName);
      team.renameTo(newName.strip());
      accounts.em().flush();
    }
    return details(team);
  }

  public void delete(AuthenticatedUser caller, String organizationName, String teamName) {
    Organization organization = access.administered(organizationName, caller);
    accounts.em().remove(findTeam(organization, teamName));
  }

  /** Team members; the organization and the team must both exist (else 403, api.md 5.5). */
  public List<TeamMember> members(String organizationName, String teamName) {
    Organization organization = access.readable(organizationName);
    return accounts.teamMembers(existingTeam(organization, teamName));
  }

  /**
   * Adds a person, named by username or e-mail, to a team. They must be a member or the owner of
   * the team's organization.
   */
  public TeamMember addMember(
      AuthenticatedUser caller, String organizationName, String teamName, String usernameOrEmail) {
    Organization organization = access.administered(organizationName, caller);
    Team team = existingTeam(organization, teamName);
    if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
      throw badRequest("The field 'member' is required.");
    }
    Person person =
        accounts
            .findPerson(usernameOrEmail)
            .or(() -> accounts.findPersonByEmail(usernameOrEmail))
            .orElseThrow(
                () -> badRequest("No person with username or e-mail '" + usernameOrEmail + "'."));
    if (accounts.teamMember(team, person.getId()).isPresent()) {
      throw badRequest("'" + person.getUsername() + "' is already a member of this team.");
    }
    if (access.roleOf(organization, person.getId()).isEmpty()) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "Cannot add team member that is not an organization member.");
    }
    TeamMember member = new TeamMember(team, person);
    accounts.em().persist(member);
    accounts.em().flush();
    return member;
  }

  public void removeMember(
      AuthenticatedUser caller, String organizationName, String teamName, String username) {
    Organization organization = access.readable(organizationName);
    Team team = existingTeam(organization, teamName);
    access.administered(organizationName, caller);
    TeamMember member =
        accounts
            .findPerson(username)
            .flatMap(p -> accounts.teamMember(team, p.getId()))
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.OBJECT_NOT_FOUND,
                        "'" + username + "' is not a member of team '" + teamName + "'."));
    accounts.em().remove(member);
  }

  private TeamDetails details(Team team) {
    return new TeamDetails(
        team, accounts.teamMembers(team).stream().map(m -> m.getMember().getUsername()).toList());
  }

  private void checkName(Organization organization, String name) {
    UsernameRules.problemWithTeamName(
            organization.getUsername(), name == null ? null : name.strip())
        .ifPresent(
            problem -> {
              throw badRequest(problem);
            });
    if (accounts.usernameTaken(Team.fullName(organization.getUsername(), name.strip()), null)) {
      throw badRequest("The organization already has a team named '" + name.strip() + "'.");
    }
  }

  /** A team looked up by a detail endpoint: a missing one is "not found". */
  private Team findTeam(Organization organization, String name) {
    return accounts
        .findTeam(organization, name)
        .orElseThrow(
            () -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No team named '" + name + "'."));
  }

  /** A team a permission check needs: a missing one is refused (403), as QFieldCloud does. */
  private Team existingTeam(Organization organization, String name) {
    return accounts
        .findTeam(organization, name)
        .orElseThrow(
            () -> new ApiException(ErrorCode.PERMISSION_DENIED, "No team named '" + name + "'."));
  }

  private static ApiException badRequest(String detail) {
    return new ApiException(ErrorCode.API_ERROR, 400, detail);
  }
}

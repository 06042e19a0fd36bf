package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.fieldcloud.accounts.application.TeamService;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/** Teams (model.md 2.4): search by name (contains) or organization (exact); members inline. */
@Named
@ViewScoped
public class TeamsPage extends ListPage<Team> {

  private static final long serialVersionUID = 1L;

  @EJB TeamService teams;

  @PostConstruct
  void init() {
    table(
        Map.of(
            "username", "username",
            "organization.username", "organization.username",
            "dateJoined", "dateJoined"),
        t -> String.valueOf(t.getId()),
        "username",
        true);
  }

  @Override
  protected ListQuery<Team> query() {
    ListQuery<Team> query = ListQuery.of(Team.class);
    String value = searchText().whole();
    if (!value.isEmpty()) {
      query =
          query.where(
              Condition.anyOf(
                  List.of(
                      Condition.of("username", Match.CONTAINS_IGNORE_CASE, value),
                      Condition.of("organization.username", Match.EQUALS_IGNORE_CASE, value))));
    }
    return query;
  }

  /** The usernames of a team's members, for the inline column. */
  public String members(Team team) {
    return String.join(
        ", ",
        teams.members(team.getOrganization().getUsername(), team.shortName()).stream()
            .map(m -> m.getMember().getUsername())
            .toList());
  }
}

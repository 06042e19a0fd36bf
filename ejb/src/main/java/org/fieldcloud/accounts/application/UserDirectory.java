package org.fieldcloud.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.domain.model.UserType;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/** Reads accounts for the user endpoints (api.md 5.3). */
@Stateless
public class UserDirectory {

  @Inject AccountRepository accounts;
  @Inject OrganizationAccess access;

  /** Any account by name; a missing one is refused (403) as QFieldCloud's permission class does. */
  public User get(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(
            () -> new ApiException(ErrorCode.PERMISSION_DENIED, "No account '" + username + "'."));
  }

  /** An organization, for its owner and members only; to anyone else it does not exist. */
  public OrganizationDetails organization(Organization organization, AuthenticatedUser viewer) {
    return details(organization, viewer.userId())
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND,
                    "You are not a member of '" + organization.getUsername() + "'."));
  }

  /** The organizations a person owns or belongs to; only they may ask. */
  public List<OrganizationDetails> organizationsOf(String username, AuthenticatedUser viewer) {
    if (!viewer.username().equalsIgnoreCase(username)) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED, "You may list only your own organizations.");
    }
    return accounts.organizationsOf(viewer.userId()).stream()
        .map(o -> details(o, viewer.userId()).orElseThrow())
        .toList();
  }

  private Optional<OrganizationDetails> details(Organization organization, long viewerId) {
    String origin;
    OrganizationRole role;
    boolean isPublic;
    if (organization.isOwnedBy(viewerId)) {
      origin = "organization_owner";
      role = OrganizationRole.ADMIN;
      isPublic = true;
    } else {
      Optional<OrganizationMember> membership = accounts.membership(organization, viewerId);
      if (membership.isEmpty()) {
        return Optional.empty();
      }
      origin = "organization_member";
      role = membership.get().getRole();
      isPublic = membership.get().isPublic();
    }
    return Optional.of(
        new OrganizationDetails(
            organization,
            accounts.publicMemberNames(organization),
            accounts.teams(organization).stream().map(Team::shortName).toList(),
            role,
            origin,
            isPublic));
  }

  /** Searches accounts by name; filtering, ordering and the page are all done by the database. */
  public Page<UserSummary> search(UserSearch search, Optional<PageRequest> page) {
    var where =
        new StringBuilder(" WHERE u.is_active AND strpos(lower(u.username), lower(?1)) > 0");
    List<Object> params = new ArrayList<>();
    params.add(search.query() == null ? "" : search.query());
    if (search.excludeOrganizations()) {
      where.append(" AND u.type <> 2");
    }
    if (search.excludeTeams()) {
      where.append(" AND u.type <> 3");
    }
    if (search.organization().isPresent()) {
      Organization organization =
          accounts
              .findOrganization(search.organization().get())
              .orElseThrow(
                  () ->
                      new ApiException(
                          ErrorCode.OBJECT_NOT_FOUND,
                          "No organization '" + search.organization().get() + "'."));
      params.add(organization.getId());
      params.add(organization.getOwner().getId());
      int org = params.size() - 1;
      int owner = params.size();
      String ownerOrMember =
          "(u.id = ?"
              + owner
              + " OR u.id IN (SELECT member_id FROM core_organizationmember"
              + " WHERE organization_id = ?"
              + org
              + "))";
      if (search.invert()) {
        where.append(" AND ").append(ownerOrMember);
      } else {
        where
            .append(" AND u.id <> ?")
            .append(org)
            .append(" AND NOT ")
            .append(ownerOrMember)
            .append(" AND NOT EXISTS (SELECT 1 FROM core_team t WHERE t.user_ptr_id = u.id")
            .append(" AND t.team_organization_id <> ?")
            .append(org)
            .append(")");
      }
    }
    if (search.excludeMembersOfTeam().isPresent()) {
      params.add(search.excludeMembersOfTeam().get());
      where
          .append(" AND u.id NOT IN (SELECT member_id FROM core_teammember WHERE team_id = ?")
          .append(params.size())
          .append(")");
    }
    EntityManager em = accounts.em();
    Query count = em.createNativeQuery("SELECT count(*) FROM core_user u" + where);
    Query rows =
        em.createNativeQuery(
            "SELECT u.username, u.type, u.first_name, u.last_name FROM core_user u"
                + where
                + " ORDER BY strpos(u.username, ?1), u.username");
    for (int i = 0; i < params.size(); i++) {
      count.setParameter(i + 1, params.get(i));
      rows.setParameter(i + 1, params.get(i));
    }
    page.ifPresent(p -> rows.setFirstResult(p.offset()).setMaxResults(p.limit()));
    long total = ((Number) count.getSingleResult()).longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> result = rows.getResultList();
    List<UserSummary> users =
        result.stream()
            .map(
                r ->
                    new UserSummary(
                        (String) r[0],
                        UserType.values()[((Number) r[1]).intValue() - 1],
                        (String) r[2],
                        (String) r[3]))
            .toList();
    return new Page<>(users, total, page);
  }
}

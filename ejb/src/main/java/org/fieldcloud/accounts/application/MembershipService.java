package org.fieldcloud.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.OrganizationMembershipChanged;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/** Organization members and their roles (api.md 5.4). */
@Stateless
public class MembershipService {

  @Inject AccountRepository accounts;
  @Inject OrganizationAccess access;
  @Inject Event<OrganizationMembershipChanged> membershipChanged;

  /**
   * Refuses (403) unless the caller administers the organization; resources call it before they
   * read the body, so that a permission failure wins over a bad field (api.md 3.2).
   */
  public void requireAdmin(AuthenticatedUser caller, String organization) {
    access.administered(organization, caller);
  }

  public Page<OrganizationMember> list(String organization, Optional<PageRequest> page) {
    return accounts.members(access.readable(organization), page);
  }

  public OrganizationMember get(String organization, String username) {
    return find(access.readable(organization), username);
  }

  public OrganizationMember add(
      AuthenticatedUser caller,
      String organizationName,
      String username,
      OrganizationRole role,
      boolean isPublic) {
    return add(access.administered(organizationName, caller), caller, username, role, isPublic);
  }

  /** The admin console: staff manage the members of any organization (model.md 2.3). */
  public OrganizationMember addByStaff(
      AuthenticatedUser staff,
      String organizationName,
      String username,
      OrganizationRole role,
      boolean isPublic) {
    return add(access.staffManaged(organizationName, staff), staff, username, role, isPublic);
  }

  private OrganizationMember add(
      Organization organization,
      AuthenticatedUser caller,
      String username,
      OrganizationRole role,
      boolean isPublic) {
    User user =
        accounts
            .findByUsername(username)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.OBJECT_NOT_FOUND, "No user named '" + username + "'."));
    if (!(user instanceof Person person)) {
      throw invalid("Only persons can be members of an organization.");
    }
    if (organization.isOwnedBy(person.getId())) {
      throw invalid("The owner of an organization cannot be added as a member.");
    }
    if (accounts.membership(organization, person.getId()).isPresent()) {
      throw invalid("'" + person.getUsername() + "' is already a member.");
    }
    var member = new OrganizationMember(organization, person, role, isPublic, caller(caller));
    accounts.em().persist(member);
    accounts.em().flush();
    // The plan's member limit is checked by an observer; it may refuse and roll this back.
    membershipChanged.fire(
        new OrganizationMembershipChanged(
            organization.getId(), person.getId(), caller.userId(), true));
    return member;
  }

  public OrganizationMember change(
      AuthenticatedUser caller,
      String organizationName,
      String username,
      Optional<OrganizationRole> role,
      Optional<Boolean> isPublic) {
    Organization organization = access.administered(organizationName, caller);
    OrganizationMember member = find(organization, username);
    member.change(
        role.orElse(member.getRole()), isPublic.orElse(member.isPublic()), caller(caller));
    accounts.em().flush();
    return member;
  }

  /** Removes the member and, with them, their places in the organization's teams. */
  public void remove(AuthenticatedUser caller, String organizationName, String username) {
    remove(access.administered(organizationName, caller), username, caller);
  }

  /** The admin console: staff manage the members of any organization (model.md 2.3). */
  public void removeByStaff(AuthenticatedUser staff, String organizationName, String username) {
    remove(access.staffManaged(organizationName, staff), username, staff);
  }

  private void remove(Organization organization, String username, AuthenticatedUser caller) {
    OrganizationMember member = find(organization, username);
    accounts
        .em()
        .createNativeQuery(
            "DELETE FROM core_teammember tm USING core_team t WHERE tm.team_id = t.user_ptr_id"
                + " AND t.team_organization_id = ?1 AND tm.member_id = ?2")
        .setParameter(1, organization.getId())
        .setParameter(2, member.getMember().getId())
        .executeUpdate();
    accounts.em().remove(member);
    accounts.em().flush();
    membershipChanged.fire(
        new OrganizationMembershipChanged(
            organization.getId(), member.getMember().getId(), caller.userId(), false));
  }

  private OrganizationMember find(Organization organization, String username) {
    return accounts
        .findPerson(username)
        .flatMap(p -> accounts.membership(organization, p.getId()))
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND,
                    "'" + username + "' is not a member of '" + organization.getUsername() + "'."));
  }

  private Person caller(AuthenticatedUser caller) {
    return accounts.findPersonById(caller.userId()).orElse(null);
  }

  private static ApiException invalid(String detail) {
    return new ApiException(ErrorCode.VALIDATION_ERROR, detail);
  }
}

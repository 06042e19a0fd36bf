package org.fieldcloud.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationMember;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Who may do what in an organization (api.md 7.3, 7.6). The owner is not a member row but counts as
 * an {@code admin}. A missing organization is a 403 here, not a 404: QFieldCloud's permission
 * classes look it up before anything else and refuse (api.md 3.2).
 */
@ApplicationScoped
public class OrganizationAccess {

  @Inject AccountRepository accounts;

  /** The caller's role in the organization, if they are its owner or a member. */
  public Optional<OrganizationRole> roleOf(Organization organization, long userId) {
    if (organization.isOwnedBy(userId)) {
      return Optional.of(OrganizationRole.ADMIN);
    }
    return accounts.membership(organization, userId).map(OrganizationMember::getRole);
  }

  public boolean isAdmin(Organization organization, long userId) {
    return roleOf(organization, userId).filter(r -> r == OrganizationRole.ADMIN).isPresent();
  }

  /** An organization any authenticated user may read members and teams of. */
  public Organization readable(String name) {
    return accounts
        .findOrganization(name)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.PERMISSION_DENIED, "'" + name + "' is not an organization."));
  }

  /** An organization the caller administers (owner or admin member). */
  public Organization administered(String name, AuthenticatedUser caller) {
    Organization organization = readable(name);
    if (!isAdmin(organization, caller.userId())) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED,
          "Only the owner and admins of '" + organization.getUsername() + "' may do that.");
    }
    return organization;
  }

  /**
   * An organization a staff user manages through the admin console, where staff may change any
   * organization; the API never calls this.
   */
  public Organization staffManaged(String name, AuthenticatedUser caller) {
    if (!caller.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may do that.");
    }
    return readable(name);
  }
}

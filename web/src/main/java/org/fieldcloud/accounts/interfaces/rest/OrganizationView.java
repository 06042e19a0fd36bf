package org.fieldcloud.accounts.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.fieldcloud.accounts.application.OrganizationDetails;
import org.fieldcloud.accounts.domain.model.Organization;

/** An organization with the viewer's membership (api.md 6.2). */
@JsonbPropertyOrder({
  "username",
  "type",
  "email",
  "avatarUrl",
  "members",
  "organizationOwner",
  "membershipRole",
  "membershipRoleOrigin",
  "membershipIsPublic",
  "teams"
})
public record OrganizationView(
    String username,
    int type,
    String email,
    String avatarUrl,
    List<String> members,
    String organizationOwner,
    String membershipRole,
    String membershipRoleOrigin,
    boolean membershipIsPublic,
    List<String> teams) {

  static OrganizationView of(OrganizationDetails details) {
    Organization org = details.organization();
    return new OrganizationView(
        org.getUsername(),
        org.type().number(),
        org.getEmail(),
        null,
        details.publicMembers(),
        org.getOwner().getUsername(),
        details.role().value(),
        details.roleOrigin(),
        details.membershipPublic(),
        details.teams());
  }
}

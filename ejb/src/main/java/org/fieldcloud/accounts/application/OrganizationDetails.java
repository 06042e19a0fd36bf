package org.fieldcloud.accounts.application;

import java.util.List;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationRole;

/**
 * An organization as one of its owners or members sees it.
 *
 * @param publicMembers usernames of the members whose membership is public
 * @param teams short names of its teams
 * @param role the viewer's role
 * @param roleOrigin {@code organization_owner} or {@code organization_member}
 * @param membershipPublic whether the viewer's membership is public (always for the owner)
 */
public record OrganizationDetails(
    Organization organization,
    List<String> publicMembers,
    List<String> teams,
    OrganizationRole role,
    String roleOrigin,
    boolean membershipPublic) {}

package org.fieldcloud.accounts.domain.model;

/**
 * Fired in the changing transaction after a member was added to or removed from an organization.
 * Observers may refuse an addition by throwing (the plan's member limit), which rolls it back.
 */
public record OrganizationMembershipChanged(
    long organizationId, long memberId, Long actorId, boolean added) {}

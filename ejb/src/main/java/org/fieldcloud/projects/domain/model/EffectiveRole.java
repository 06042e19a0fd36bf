package org.fieldcloud.projects.domain.model;

/**
 * The role that counts for one person on one project: the best-ranked of all the ways they hold one
 * (projects_with_roles_vw).
 *
 * @param valid false when the role exists but does not currently grant access to the project detail
 *     (api.md 7.4)
 */
public record EffectiveRole(ProjectRole role, RoleOrigin origin, boolean valid) {}

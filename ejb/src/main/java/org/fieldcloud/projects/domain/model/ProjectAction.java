package org.fieldcloud.projects.domain.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do on a project, and with which roles (api.md 7.5). The rules of the contract's
 * table live here and nowhere else; {@code ProjectAccess} applies them.
 */
public enum ProjectAction {
  RETRIEVE_PROJECT(true, ProjectRole.values()),
  UPDATE_PROJECT(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  DELETE_PROJECT(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  READ_FILES(false, ProjectRole.values()),
  CREATE_FILES(
      false, ProjectRole.ADMIN, ProjectRole.MANAGER, ProjectRole.EDITOR, ProjectRole.REPORTER),
  DELETE_FILES(false, ProjectRole.ADMIN, ProjectRole.MANAGER, ProjectRole.EDITOR),
  CREATE_DELTAS(
      false, ProjectRole.ADMIN, ProjectRole.MANAGER, ProjectRole.EDITOR, ProjectRole.REPORTER),
  READ_DELTAS(
      false, ProjectRole.ADMIN, ProjectRole.MANAGER, ProjectRole.EDITOR, ProjectRole.REPORTER),
  LIST_JOBS(false, ProjectRole.values()),
  CREATE_PACKAGE_JOB(false, ProjectRole.values()),
  CREATE_OTHER_JOBS(
      false, ProjectRole.ADMIN, ProjectRole.MANAGER, ProjectRole.EDITOR, ProjectRole.REPORTER),
  ACCESS_PROJECT(false, ProjectRole.values()),
  READ_COLLABORATORS(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  CREATE_COLLABORATORS(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  UPDATE_COLLABORATORS(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  DELETE_COLLABORATORS(false, ProjectRole.ADMIN, ProjectRole.MANAGER),
  MANAGE_SECRETS(false, ProjectRole.ADMIN);

  private final boolean needsValidRole;
  private final Set<ProjectRole> roles;

  ProjectAction(boolean needsValidRole, ProjectRole... roles) {
    this.needsValidRole = needsValidRole;
    this.roles = EnumSet.copyOf(Set.of(roles));
  }

  public boolean allows(EffectiveRole role) {
    return roles.contains(role.role()) && (role.valid() || !needsValidRole);
  }
}

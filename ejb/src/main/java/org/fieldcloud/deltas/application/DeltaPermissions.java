package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * {@code can_create_deltas} and {@code can_read_deltas} (api.md 5.10): the project roles of {@link
 * ProjectAction}, and never on a template project.
 */
@Stateless
public class DeltaPermissions {

  @EJB ProjectAccess access;

  public ProjectAccess.Granted require(
      String projectId, AuthenticatedUser caller, ProjectAction action) {
    ProjectAccess.Granted granted = access.require(projectId, caller, action);
    if (granted.project().getProjectType() == ProjectType.TEMPLATE) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Template projects have no deltas.");
    }
    return granted;
  }
}

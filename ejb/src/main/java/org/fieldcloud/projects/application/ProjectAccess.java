package org.fieldcloud.projects.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Uuids;

/**
 * The permission gate of every project-level action, in the order of api.md 3.2: an unknown project
 * is 404 for everybody, a known one without the needed role is 403.
 */
@Stateless
public class ProjectAccess {

  @PersistenceContext EntityManager em;
  @EJB ProjectRoles roles;

  /** The project and the caller's role, when the caller may do {@code action} on it. */
  public Granted require(String projectId, AuthenticatedUser caller, ProjectAction action) {
    Project project = find(projectId);
    EffectiveRole role =
        roles
            .of(project.getId(), caller.userId())
            .filter(action::allows)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.PERMISSION_DENIED,
                        "Your role on this project does not allow this action."));
    return new Granted(project, role);
  }

  /** The project, or 404; a malformed id is 400 validation_error (api.md 1.1). */
  public Project find(String projectId) {
    UUID id = Uuids.parse(projectId);
    Project project = em.find(Project.class, id);
    if (project == null) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No project with id " + id + ".");
    }
    return project;
  }

  /** What a permission check found: the project and the role that granted the action. */
  public record Granted(Project project, EffectiveRole role) {}
}

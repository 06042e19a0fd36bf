package org.fieldcloud.deltas.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.infrastructure.persistence.DeltaRepository;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/** The delta lists of a project (api.md 5.10), and the deprecated "apply now". */
@Stateless
public class DeltaQueries {

  @EJB DeltaPermissions permissions;
  @EJB DeltaApplication application;
  @Inject DeltaRepository deltas;
  @PersistenceContext EntityManager em;

  /**
   * The project's deltas, or those of one deltafile; {@code ordering} is {@code created_at} or
   * {@code -created_at}, anything else gives arrival order.
   */
  public Page<Delta> list(
      String projectId,
      AuthenticatedUser caller,
      Optional<String> deltafileId,
      Optional<String> ordering,
      Optional<PageRequest> page) {
    Project project = permissions.require(projectId, caller, ProjectAction.READ_DELTAS).project();
    Optional<UUID> deltafile = deltafileId.map(DeltaQueries::deltafileUuid);
    boolean newestFirst = ordering.map(o -> o.equals("-created_at")).orElse(false);
    return deltas.list(project.getId(), deltafile, newestFirst, page);
  }

  /** {@code POST deltas/apply/<project>/}: applies every pending delta now. */
  public void applyPending(String projectId, AuthenticatedUser caller) {
    Project project = permissions.require(projectId, caller, ProjectAction.CREATE_DELTAS).project();
    if (project.getTheQgisFileName() == null) {
      throw new ApiException(
          ErrorCode.NO_QGIS_PROJECT, "The project has no QGIS project file to apply deltas to.");
    }
    application.applyPending(project, em.find(User.class, caller.userId()), Optional.empty());
  }

  private static UUID deltafileUuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "'" + text + "' is not a deltafile id.");
    }
  }
}

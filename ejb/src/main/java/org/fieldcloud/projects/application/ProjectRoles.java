package org.fieldcloud.projects.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.projects.domain.model.RoleOrigin;

/**
 * Reads effective project roles from {@code projects_with_roles_vw}, the one place where roles are
 * decided (V10__projects.sql). Nothing else in the application computes a role.
 */
@Stateless
public class ProjectRoles {

  @PersistenceContext EntityManager em;

  public Optional<EffectiveRole> of(UUID projectId, long userId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT role, origin, is_valid FROM projects_with_roles_vw"
                    + " WHERE project_id = ?1 AND user_id = ?2")
            .setParameter(1, projectId)
            .setParameter(2, userId)
            .getResultList();
    return rows.stream().findFirst().map(row -> toRole(row, 0));
  }

  /** The role in the columns role, origin, is_valid of the view, starting at {@code first}. */
  static EffectiveRole toRole(Object[] row, int first) {
    return new EffectiveRole(
        ProjectRole.fromWire((String) row[first]).orElseThrow(),
        RoleOrigin.fromWire((String) row[first + 1]),
        (Boolean) row[first + 2]);
  }
}

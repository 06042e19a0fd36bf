package org.fieldcloud.projects.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/** The explicit collaborators of a project (api.md 5.7): persons and teams with a role. */
@Stateless
public class CollaboratorService {

  @PersistenceContext EntityManager em;
  @EJB ProjectAccess access;
  @EJB AccountLookup accounts;

  /** One page of collaborators, in the order they were added, and how many there are. */
  public record Page(List<ProjectCollaborator> items, long total) {}

  public Page list(String projectId, Person caller, Integer limit, int offset) {
    Project project = access.require(projectId, caller, ProjectAction.READ_COLLABORATORS).project();
    long total =
        em.createQuery(
                "SELECT count(c) FROM ProjectCollaborator c WHERE c.project = :p", Long.class)
            .setParameter("p", project)
            .getSingleResult();
    var query =
        em.createQuery(
                "SELECT c FROM ProjectCollaborator c JOIN FETCH c.collaborator WHERE c.project = :p ORDER BY c.id",
                ProjectCollaborator.class)
            .setParameter("p", project)
            .setFirstResult(offset);
    if (limit != null) {
      query.setMaxResults(limit);
    }
    return new Page(query.getResultList(), total);
  }

  public ProjectCollaborator get(String projectId, Person caller, String username) {
    Project project = access.require(projectId, caller, ProjectAction.READ_COLLABORATORS).project();
    return find(project, username);
  }

  public ProjectCollaborator add(String projectId, Person caller, String username, String role) {
    Project project =
        access.require(projectId, caller, ProjectAction.CREATE_COLLABORATORS).project();
    if (username == null || username.isBlank()) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The field 'collaborator' is required.");
    }
    User collaborator =
        accounts
            .byUsername(username)
            .filter(u -> !accounts.isOrganization(u))
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR, 400, "No person or team named " + username + "."));
    ProjectRole projectRole = role == null ? ProjectRole.READER : parseRole(role);
    checkMayCollaborate(project, collaborator);
    var row = new ProjectCollaborator(project, collaborator, projectRole, caller);
    em.persist(row);
    return row;
  }

  public ProjectCollaborator changeRole(
      String projectId, Person caller, String username, String role) {
    Project project =
        access.require(projectId, caller, ProjectAction.UPDATE_COLLABORATORS).project();
    ProjectCollaborator row = find(project, username);
    if (role != null) {
      row.changeRole(parseRole(role), caller);
    }
    return row;
  }

  public void remove(String projectId, Person caller, String username) {
    Project project =
        access.require(projectId, caller, ProjectAction.DELETE_COLLABORATORS).project();
    em.remove(find(project, username));
  }

  /** Model validation of model.md 1.1.9, answered as 400 validation_error. */
  private void checkMayCollaborate(Project project, User collaborator) {
    if (collaborator.getId().equals(project.getOwner().getId())) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "The project owner cannot be a collaborator.");
    }
    long ownerId = project.getOwner().getId();
    if (accounts.isOrganization(project.getOwner())) {
      boolean allowed =
          accounts.isTeam(collaborator)
              ? accounts
                  .teamOrganizationId(collaborator.getId())
                  .filter(id -> id == ownerId)
                  .isPresent()
              : accounts.organizationRole(ownerId, collaborator.getId()).isPresent();
      if (!allowed) {
        throw new ApiException(
            ErrorCode.VALIDATION_ERROR,
            accounts.isTeam(collaborator)
                ? "Team does not exist."
                : collaborator.getUsername()
                    + " is not a member of "
                    + project.getOwner().getUsername()
                    + ".");
      }
    }
    long existing =
        em.createQuery(
                "SELECT count(c) FROM ProjectCollaborator c WHERE c.project = :p AND c.collaborator = :u",
                Long.class)
            .setParameter("p", project)
            .setParameter("u", collaborator)
            .getSingleResult();
    if (existing > 0) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR,
          collaborator.getUsername() + " is already a collaborator of this project.");
    }
  }

  private ProjectCollaborator find(Project project, String username) {
    return em.createQuery(
            "SELECT c FROM ProjectCollaborator c WHERE c.project = :p AND upper(c.collaborator.username) = upper(:u)",
            ProjectCollaborator.class)
        .setParameter("p", project)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND,
                    username + " is not a collaborator of this project."));
  }

  private static ProjectRole parseRole(String role) {
    return ProjectRole.fromWire(role)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.API_ERROR,
                    400,
                    "role must be one of admin, manager, editor, reporter, reader; not '"
                        + role
                        + "'."));
  }
}

package org.fieldcloud.projects.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.application.OrganizationAccess;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.Team;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;
import org.fieldcloud.projects.domain.model.ProjectCollaboratorChanged;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/** The explicit collaborators of a project (api.md 5.7): persons and teams with a role. */
@Stateless
public class CollaboratorService {

  @PersistenceContext EntityManager em;
  @EJB ProjectAccess access;
  @Inject AccountRepository accounts;
  @Inject OrganizationAccess organizations;
  @Inject Event<ProjectCollaboratorChanged> changed;

  public Page<ProjectCollaborator> list(
      String projectId, AuthenticatedUser caller, Optional<PageRequest> page) {
    Project project = access.require(projectId, caller, ProjectAction.READ_COLLABORATORS).project();
    long total =
        em.createQuery(
                "SELECT count(c) FROM ProjectCollaborator c WHERE c.project = :p", Long.class)
            .setParameter("p", project)
            .getSingleResult();
    var query =
        em.createQuery(
                "SELECT c FROM ProjectCollaborator c JOIN FETCH c.collaborator"
                    + " WHERE c.project = :p ORDER BY c.id",
                ProjectCollaborator.class)
            .setParameter("p", project);
    page.ifPresent(p -> query.setFirstResult(p.offset()).setMaxResults(p.limit()));
    return new Page<>(query.getResultList(), total, page);
  }

  public ProjectCollaborator get(String projectId, AuthenticatedUser caller, String username) {
    Project project = access.require(projectId, caller, ProjectAction.READ_COLLABORATORS).project();
    return find(project, username);
  }

  public ProjectCollaborator add(
      String projectId, AuthenticatedUser caller, String username, Optional<String> role) {
    Project project =
        access.require(projectId, caller, ProjectAction.CREATE_COLLABORATORS).project();
    User collaborator =
        accounts
            .findByUsername(username)
            .filter(u -> !u.isOrganization())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR, 400, "No person or team named " + username + "."));
    ProjectRole projectRole = role.map(CollaboratorService::parseRole).orElse(ProjectRole.READER);
    checkMayCollaborate(project, collaborator);
    var row = new ProjectCollaborator(project, collaborator, projectRole, self(caller));
    em.persist(row);
    em.flush();
    // The plan's collaborator limit is checked by an observer; it may refuse and roll this back.
    changed.fire(
        new ProjectCollaboratorChanged(
            project.getId(), collaborator.getId(), caller.userId(), true));
    return row;
  }

  public ProjectCollaborator changeRole(
      String projectId, AuthenticatedUser caller, String username, Optional<String> role) {
    Project project =
        access.require(projectId, caller, ProjectAction.UPDATE_COLLABORATORS).project();
    ProjectCollaborator row = find(project, username);
    role.ifPresent(r -> row.changeRole(parseRole(r), self(caller)));
    return row;
  }

  public void remove(String projectId, AuthenticatedUser caller, String username) {
    Project project =
        access.require(projectId, caller, ProjectAction.DELETE_COLLABORATORS).project();
    ProjectCollaborator row = find(project, username);
    long collaboratorId = row.getCollaborator().getId();
    em.remove(row);
    em.flush();
    changed.fire(
        new ProjectCollaboratorChanged(project.getId(), collaboratorId, caller.userId(), false));
  }

  /** Model validation of model.md 1.1.9, answered as 400 validation_error. */
  private void checkMayCollaborate(Project project, User collaborator) {
    if (collaborator.getId().equals(project.getOwner().getId())) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "The project owner cannot be a collaborator.");
    }
    if (project.getOwner() instanceof Organization organization) {
      if (collaborator instanceof Team team
          && !team.getOrganization().getId().equals(organization.getId())) {
        throw new ApiException(ErrorCode.VALIDATION_ERROR, "Team does not exist.");
      }
      if (collaborator instanceof Person
          && organizations.roleOf(organization, collaborator.getId()).isEmpty()) {
        throw new ApiException(
            ErrorCode.VALIDATION_ERROR,
            collaborator.getUsername()
                + " is not a member of "
                + organization.getUsername()
                + "; add them to the organization first.");
      }
    }
    long existing =
        em.createQuery(
                "SELECT count(c) FROM ProjectCollaborator c"
                    + " WHERE c.project = :p AND c.collaborator = :u",
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
            "SELECT c FROM ProjectCollaborator c"
                + " WHERE c.project = :p AND upper(c.collaborator.username) = upper(:u)",
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

  private Person self(AuthenticatedUser caller) {
    return accounts.findPersonById(caller.userId()).orElseThrow();
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

package org.fieldcloud.projects.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.application.OrganizationAccess;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.accounts.infrastructure.persistence.AccountRepository;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;
import org.fieldcloud.projects.domain.model.ProjectCreated;
import org.fieldcloud.projects.domain.model.ProjectDeleted;
import org.fieldcloud.projects.domain.model.ProjectDeleting;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/** Creates, changes and deletes projects with the rules of api.md 5.6. */
@Stateless
public class ProjectService {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_.-]{1,255}$");

  @PersistenceContext EntityManager em;
  @EJB ProjectAccess access;
  @Inject AccountRepository accounts;
  @Inject OrganizationAccess organizations;
  @Inject Event<ProjectDeleted> deleted;
  @Inject Event<ProjectDeleting> deleting;
  @Inject Event<ProjectCreated> created;

  public Project create(AuthenticatedUser caller, ProjectChanges changes) {
    Person creator = accounts.findPersonById(caller.userId()).orElseThrow();
    User owner =
        changes.owner() == null || changes.owner().isBlank()
            ? creator
            : accounts
                .findByUsername(changes.owner())
                .orElseThrow(
                    () ->
                        new ApiException(
                            ErrorCode.OBJECT_NOT_FOUND, "No user named " + changes.owner() + "."));
    boolean creatorBecomesAdmin = checkMayCreateFor(creator, owner);
    if (changes.name() == null) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The field 'name' is required.");
    }
    String name = validName(changes.name());
    requireUniqueName(owner, name, null);
    Project project = new Project(name, owner, creator);
    apply(project, changes);
    em.persist(project);
    if (creatorBecomesAdmin) {
      em.persist(new ProjectCollaborator(project, creator, ProjectRole.ADMIN, creator));
    }
    em.flush();
    created.fire(new ProjectCreated(project.getId(), caller.userId()));
    return project;
  }

  public Project update(
      String projectId, AuthenticatedUser caller, ProjectChanges changes, boolean full) {
    Project project = access.require(projectId, caller, ProjectAction.UPDATE_PROJECT).project();
    if (full && changes.name() == null) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The field 'name' is required.");
    }
    User owner = project.getOwner();
    if (changes.owner() != null && !changes.owner().equalsIgnoreCase(owner.getUsername())) {
      owner =
          accounts
              .findByUsername(changes.owner())
              .filter(u -> !u.isTeam())
              .orElseThrow(
                  () ->
                      new ApiException(
                          ErrorCode.API_ERROR,
                          400,
                          "No person or organization named " + changes.owner() + "."));
    }
    String name = changes.name() == null ? project.getName() : validName(changes.name());
    if (!name.equals(project.getName())
        && ProjectType.SHARED_DATASETS_NAME.equals(name)
        && project.getTheQgisFileName() != null) {
      throw new ApiException(
          ErrorCode.QGIS_PROJECT_FILE_NOT_ALLOWED,
          "The shared_datasets project may not contain a QGIS project file; this project has "
              + project.getTheQgisFileName()
              + ".");
    }
    // Checked before anything changes: a query would flush a half-made change to the database.
    requireUniqueName(owner, name, project);
    project.transferTo(owner);
    project.rename(name);
    apply(project, changes);
    return project;
  }

  public void delete(String projectId, AuthenticatedUser caller) {
    Project project = access.require(projectId, caller, ProjectAction.DELETE_PROJECT).project();
    deleting.fire(new ProjectDeleting(project.getId(), project.getName(), caller.userId()));
    em.remove(project);
    deleted.fire(new ProjectDeleted(project.getId()));
  }

  /**
   * Whether the creator may create a project for {@code owner}, and must then become its explicit
   * admin: an organization's creator (api.md 7.2).
   */
  private boolean checkMayCreateFor(Person creator, User owner) {
    if (owner.getId().equals(creator.getId())) {
      return false;
    }
    Optional<OrganizationRole> role =
        owner instanceof Organization organization
            ? organizations.roleOf(organization, creator.getId())
            : Optional.empty();
    if (role.isEmpty() || role.get() == OrganizationRole.MEMBER) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED,
          "You can create projects for yourself, or for an organization where you are the owner,"
              + " an admin or a creator.");
    }
    return role.get() == OrganizationRole.CREATOR;
  }

  private static void apply(Project project, ProjectChanges changes) {
    if (changes.description() != null) {
      project.setDescription(changes.description());
    }
    if (changes.isPrivate() != null) {
      project.setPublic(!changes.isPrivate());
    } else if (changes.isPublic() != null) {
      project.setPublic(changes.isPublic());
    }
    if (changes.projectType() != null) {
      project.changeType(projectType(changes.projectType()));
    }
    if (changes.isFeatured() != null) {
      project.setFeatured(changes.isFeatured());
    }
    if (changes.isAttachmentDownloadOnDemand() != null) {
      project.setAttachmentDownloadOnDemand(changes.isAttachmentDownloadOnDemand());
    }
    if (changes.hasRestrictedProjectfiles() != null) {
      project.setHasRestrictedProjectfiles(changes.hasRestrictedProjectfiles());
    }
    if (changes.overwriteConflicts() != null) {
      project.setOverwriteConflicts(changes.overwriteConflicts());
    }
  }

  private static ProjectType projectType(String value) {
    return switch (value) {
      case "regular" -> ProjectType.REGULAR;
      case "template" -> ProjectType.TEMPLATE;
      default ->
          throw new ApiException(
              ErrorCode.API_ERROR,
              400,
              "project_type must be 'regular' or 'template', not '" + value + "'.");
    };
  }

  private static String validName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new ApiException(
          ErrorCode.API_ERROR,
          400,
          "A project name has 1 to 255 characters among letters, digits, '_', '-' and '.'.");
    }
    return name;
  }

  private void requireUniqueName(User owner, String name, Project self) {
    List<Project> same =
        em.createQuery(
                "SELECT p FROM Project p WHERE p.owner = :owner AND p.name = :name", Project.class)
            .setParameter("owner", owner)
            .setParameter("name", name)
            .getResultList();
    if (same.stream().anyMatch(p -> self == null || !p.getId().equals(self.getId()))) {
      throw new ApiException(
          ErrorCode.PROJECT_ALREADY_EXISTS,
          owner.getUsername() + " already owns a project named " + name + ".");
    }
  }
}

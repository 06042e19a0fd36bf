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
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;
import org.fieldcloud.projects.domain.model.ProjectDeleted;
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
  @EJB AccountLookup accounts;
  @Inject Event<ProjectDeleted> deleted;

  public Project create(Person caller, ProjectChanges changes) {
    User owner =
        changes.owner() == null || changes.owner().isBlank()
            ? caller
            : accounts
                .byUsername(changes.owner())
                .orElseThrow(
                    () ->
                        new ApiException(
                            ErrorCode.OBJECT_NOT_FOUND, "No user named " + changes.owner() + "."));
    boolean addCreatorAsAdmin = checkMayCreateFor(caller, owner);
    if (changes.name() == null) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The field 'name' is required.");
    }
    Project project = new Project(validName(changes.name()), owner, caller);
    apply(project, changes);
    requireUniqueName(owner, project.getName(), null);
    em.persist(project);
    if (addCreatorAsAdmin) {
      em.persist(new ProjectCollaborator(project, caller, ProjectRole.ADMIN, caller));
    }
    return project;
  }

  public Project update(String projectId, Person caller, ProjectChanges changes, boolean full) {
    Project project = access.require(projectId, caller, ProjectAction.UPDATE_PROJECT).project();
    if (full && changes.name() == null) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The field 'name' is required.");
    }
    if (changes.owner() != null
        && !changes.owner().equalsIgnoreCase(project.getOwner().getUsername())) {
      User newOwner =
          accounts
              .byUsername(changes.owner())
              .orElseThrow(
                  () ->
                      new ApiException(
                          ErrorCode.API_ERROR, 400, "No user named " + changes.owner() + "."));
      if (accounts.isTeam(newOwner)) {
        throw new ApiException(ErrorCode.API_ERROR, 400, "A team cannot own a project.");
      }
      project.transferTo(newOwner);
    }
    if (changes.name() != null && !changes.name().equals(project.getName())) {
      String name = validName(changes.name());
      if (ProjectType.SHARED_DATASETS_NAME.equals(name) && project.getTheQgisFileName() != null) {
        throw new ApiException(
            ErrorCode.QGIS_PROJECT_FILE_NOT_ALLOWED,
            "The shared_datasets project may not contain a QGIS project file; this project has "
                + project.getTheQgisFileName()
                + ".");
      }
      project.rename(name);
    }
    apply(project, changes);
    requireUniqueName(project.getOwner(), project.getName(), project);
    return project;
  }

  public void delete(String projectId, Person caller) {
    Project project = access.require(projectId, caller, ProjectAction.DELETE_PROJECT).project();
    em.remove(project);
    deleted.fire(new ProjectDeleted(project.getId()));
  }

  /** True when the caller must become an explicit admin: an organization creator (7.2). */
  private boolean checkMayCreateFor(Person caller, User owner) {
    if (owner.getId().equals(caller.getId())) {
      return false;
    }
    Optional<String> orgRole = accounts.organizationRole(owner.getId(), caller.getId());
    if (orgRole.isEmpty()) {
      throw new ApiException(
          ErrorCode.PERMISSION_DENIED,
          "You can create projects only for yourself or for an organization where you are an owner, admin or creator.");
    }
    return switch (orgRole.get()) {
      case "owner", "admin" -> false;
      case "creator" -> true;
      default ->
          throw new ApiException(
              ErrorCode.PERMISSION_DENIED,
              "Members of "
                  + owner.getUsername()
                  + " need the role admin or creator to create projects.");
    };
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
    if (same.stream().anyMatch(p -> p != self)) {
      throw new ApiException(
          ErrorCode.PROJECT_ALREADY_EXISTS,
          owner.getUsername() + " already owns a project named " + name + ".");
    }
  }
}

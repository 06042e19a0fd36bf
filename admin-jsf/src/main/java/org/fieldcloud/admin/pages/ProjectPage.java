package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectCollaborator;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;

/** One project (model.md 2.5): its fields and collaborators. */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;

  private String id;
  private Project project;

  public void load() {
    try {
      project = lists.find(Project.class, UUID.fromString(id)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      project = null;
    }
    if (project == null) {
      Messages.error("No project with id " + id + ".");
    }
  }

  public List<ProjectCollaborator> getCollaborators() {
    return lists.page(
        ListQuery.of(ProjectCollaborator.class)
            .where("project.id", Match.EQUALS, project.getId())
            .orderBy("collaborator.username", true),
        0,
        1000);
  }

  /** The project's files by name, each with its versions newest first (files widget). */
  public List<ProjectFile> getFiles() {
    return lists.page(
        ListQuery.of(ProjectFile.class)
            .where("projectId", Match.EQUALS, project.getId())
            .orderBy("name", true),
        0,
        10_000);
  }

  public List<FileVersion> versions(ProjectFile file) {
    return lists.page(
        ListQuery.of(FileVersion.class)
            .where("fileId", Match.EQUALS, file.getId())
            .orderBy("uploadedAt", false),
        0,
        1000);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Project getProject() {
    return project;
  }
}

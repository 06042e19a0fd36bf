package org.fieldcloud.projects.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.fieldcloud.accounts.domain.model.User;

/** An explicit role on a project for a person or a team (model.md 1.1.9). */
@Entity
@Table(name = "core_projectcollaborator")
public class ProjectCollaborator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @ManyToOne(optional = false)
  @JoinColumn(name = "collaborator_id")
  private User collaborator;

  @Convert(converter = ProjectRoleConverter.class)
  @Column(nullable = false)
  private ProjectRole role;

  @Column(name = "is_incognito", nullable = false)
  private boolean incognito;

  @ManyToOne
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @ManyToOne
  @JoinColumn(name = "updated_by_id")
  private User updatedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected ProjectCollaborator() {}

  public ProjectCollaborator(Project project, User collaborator, ProjectRole role, User by) {
    this.project = project;
    this.collaborator = collaborator;
    this.role = role;
    this.createdBy = by;
    this.updatedBy = by;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  public void changeRole(ProjectRole newRole, User by) {
    this.role = newRole;
    this.updatedBy = by;
    this.updatedAt = OffsetDateTime.now();
  }

  public Long getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public User getCollaborator() {
    return collaborator;
  }

  public ProjectRole getRole() {
    return role;
  }

  public boolean isIncognito() {
    return incognito;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public User getUpdatedBy() {
    return updatedBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}

package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An account owned by a person that groups members and teams (model.md 1.1.4). It has no password
 * and can never log in. The owner is not a member row: they count as an {@code admin}.
 */
@Entity
@Table(name = "core_organization")
@DiscriminatorValue("2")
@PrimaryKeyJoinColumn(name = "user_ptr_id")
public class Organization extends User {

  @ManyToOne(optional = false)
  @JoinColumn(name = "organization_owner_id", nullable = false)
  private Person owner;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by_id", nullable = false)
  private Person createdBy;

  @Column(name = "is_initially_trial", nullable = false)
  private boolean initiallyTrial;

  @Column(name = "default_project_role_for_members", length = 10)
  private String defaultProjectRoleForMembers;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt = OffsetDateTime.now();

  protected Organization() {}

  public Organization(String username, String email, Person owner) {
    super(username, email, "");
    this.owner = owner;
    this.createdBy = owner;
  }

  @Override
  public UserType type() {
    return UserType.ORGANIZATION;
  }

  public Person getOwner() {
    return owner;
  }

  public boolean isOwnedBy(long userId) {
    return owner.getId() == userId;
  }

  /** The project role every non-admin member holds on the organization's projects, if any. */
  public String getDefaultProjectRoleForMembers() {
    return defaultProjectRoleForMembers;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void touch() {
    this.updatedAt = OffsetDateTime.now();
  }
}

package org.fieldcloud.accounts.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person's membership in an organization, with a role (model.md 1.1.5). */
@Entity
@Table(name = "core_organizationmember")
public class OrganizationMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organization_id", nullable = false)
  private Organization organization;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false)
  private Person member;

  @Convert(converter = OrganizationRoleConverter.class)
  @Column(nullable = false, length = 10)
  private OrganizationRole role = OrganizationRole.MEMBER;

  @Column(name = "is_public", nullable = false)
  private boolean isPublic;

  @ManyToOne
  @JoinColumn(name = "created_by_id")
  private Person createdBy;

  @ManyToOne
  @JoinColumn(name = "updated_by_id")
  private Person updatedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt = OffsetDateTime.now();

  protected OrganizationMember() {}

  public OrganizationMember(
      Organization organization,
      Person member,
      OrganizationRole role,
      boolean isPublic,
      Person createdBy) {
    this.organization = organization;
    this.member = member;
    this.role = role;
    this.isPublic = isPublic;
    this.createdBy = createdBy;
    this.updatedBy = createdBy;
  }

  public void change(OrganizationRole newRole, boolean newIsPublic, Person by) {
    this.role = newRole;
    this.isPublic = newIsPublic;
    this.updatedBy = by;
    this.updatedAt = OffsetDateTime.now();
  }

  public Organization getOrganization() {
    return organization;
  }

  public Person getMember() {
    return member;
  }

  public OrganizationRole getRole() {
    return role;
  }

  public boolean isPublic() {
    return isPublic;
  }
}

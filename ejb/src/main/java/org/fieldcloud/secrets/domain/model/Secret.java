package org.fieldcloud.secrets.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A named value of a project or an organization, optionally for one person only (model.md 1.1.12).
 * The value field holds ciphertext only; {@link #toString()} never shows it.
 *
 * <p>Never loaded or persisted through JPA: EclipseLink can neither write nor read the null {@code
 * project_id} of an organization's secret. {@code SecretService} reads and writes the table in SQL
 * and builds detached instances for the priority rule.
 */
@Entity
@Table(name = "core_secret")
public class Secret {

  public static final Pattern NAME = Pattern.compile("^[A-Z]+[A-Z0-9_]+$");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Convert(converter = SecretTypeConverter.class)
  @Column(nullable = false)
  private SecretType type;

  @Column(name = "project_id")
  private UUID projectId;

  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "assigned_to_id")
  private Long assignedToId;

  @Column(name = "created_by_id")
  private Long createdById;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** AES-GCM ciphertext of the value, as {@code SecretCipher} writes it. */
  @Column(name = "value", nullable = false)
  private String encryptedValue;

  protected Secret() {}

  public Secret(
      SecretScope scope,
      SecretType type,
      String name,
      Long assignedToId,
      Long createdById,
      String encryptedValue) {
    this.projectId = scope.projectId();
    this.organizationId = scope.organizationId();
    this.type = type;
    this.name = name;
    this.assignedToId = assignedToId;
    this.createdById = createdById;
    this.encryptedValue = encryptedValue;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public SecretType getType() {
    return type;
  }

  public UUID getProjectId() {
    return projectId;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public Long getAssignedToId() {
    return assignedToId;
  }

  public Long getCreatedById() {
    return createdById;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public String getEncryptedValue() {
    return encryptedValue;
  }

  public void replaceEncryptedValue(String encryptedValue) {
    this.encryptedValue = encryptedValue;
  }

  @Override
  public String toString() {
    return "Secret[" + id + " " + type.wire() + " " + name + "]";
  }
}

package org.fieldcloud.secrets.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.secrets.domain.model.Secret;
import org.fieldcloud.secrets.domain.model.SecretPriority;
import org.fieldcloud.secrets.domain.model.SecretScope;
import org.fieldcloud.secrets.domain.model.SecretType;
import org.fieldcloud.secrets.infrastructure.SecretCipher;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Secrets of projects and organizations (model.md 1.1.12). There is no API for them (api.md has
 * none): the admin console manages them, and the job runner asks {@link #forJob} for what a worker
 * gets. Values are encrypted before they reach the database and decrypted only in {@link #forJob};
 * no method returns or logs a stored value otherwise.
 */
@Stateless
public class SecretService {

  /** A pg_service.conf section header, e.g. {@code [mydb]}. */
  private static final Pattern SECTION = Pattern.compile("(?m)^\\s*\\[[^\\]\\r\\n]+\\]\\s*$");

  static final String PG_SERVICE_PREFIX = "PG_SERVICE_";

  @PersistenceContext EntityManager em;
  @Inject SecretCipher cipher;

  /** A new secret; {@code assignedToId} null means every user of the project or organization. */
  public record NewSecret(
      SecretScope scope, SecretType type, String name, String value, Long assignedToId) {}

  public SecretSummary create(NewSecret request, Long createdById) {
    String name = checkedName(request);
    if (request.value() == null || request.value().isEmpty()) {
      throw invalid("A secret needs a value.");
    }
    if (request.type() == SecretType.PGSERVICE
        && SECTION.matcher(request.value()).results().count() != 1) {
      throw invalid("A pg_service secret must hold exactly one [service] section.");
    }
    if (request.assignedToId() != null) {
      checkAssignable(request.scope(), request.assignedToId());
    }
    if (exists(request.scope(), request.type(), name, request.assignedToId())) {
      throw invalid("A " + request.type().wire() + " secret named " + name + " exists already.");
    }
    // In SQL, as every access here: EclipseLink can neither write nor read the null UUID of an
    // organization's secret (the entity maps the table; it is never loaded through JPA).
    Number id =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO core_secret (name, type, project_id, organization_id,"
                        + " assigned_to_id, created_by_id, value) VALUES (?1, ?2, CAST(?3 AS uuid),"
                        + " CAST(?4 AS bigint), CAST(?5 AS bigint), CAST(?6 AS bigint), ?7)"
                        + " RETURNING id")
                .setParameter(1, name)
                .setParameter(2, request.type().wire())
                .setParameter(
                    3,
                    request.scope().projectId() == null
                        ? null
                        : request.scope().projectId().toString())
                .setParameter(4, request.scope().organizationId())
                .setParameter(5, request.assignedToId())
                .setParameter(6, createdById)
                .setParameter(7, cipher.encrypt(request.value()))
                .getSingleResult();
    return summaries("s.id = ?1", id.longValue()).get(0);
  }

  /** Replaces the value only; name, type and owner stay. */
  public void changeValue(long secretId, String value) {
    if (value == null || value.isEmpty()) {
      throw invalid("A secret needs a value.");
    }
    int changed =
        em.createNativeQuery("UPDATE core_secret SET value = ?1 WHERE id = ?2")
            .setParameter(1, cipher.encrypt(value))
            .setParameter(2, secretId)
            .executeUpdate();
    if (changed == 0) {
      throw notFound(secretId);
    }
  }

  public void delete(long secretId) {
    int deleted =
        em.createNativeQuery("DELETE FROM core_secret WHERE id = ?1")
            .setParameter(1, secretId)
            .executeUpdate();
    if (deleted == 0) {
      throw notFound(secretId);
    }
  }

  public List<SecretSummary> list(SecretScope scope) {
    return scope.isProject()
        ? summaries("s.project_id = CAST(?1 AS uuid)", scope.projectId().toString())
        : summaries("s.organization_id = ?1", scope.organizationId());
  }

  /**
   * The secrets a job of {@code projectId} triggered by {@code userId} receives (jobs.md 7): the
   * owning organization's and the project's secrets, unassigned or assigned to that user, one per
   * name by {@link SecretPriority}.
   */
  public JobSecrets forJob(UUID projectId, long userId) {
    Project project = em.find(Project.class, projectId);
    if (project == null) {
      throw new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No project " + projectId + ".");
    }
    Long organizationId =
        project.getOwner() instanceof Organization org ? org.getId() : Long.valueOf(-1);
    List<Secret> candidates =
        secrets(
            "(s.project_id = CAST(?1 AS uuid) OR s.organization_id = ?2)"
                + " AND (s.assigned_to_id IS NULL OR s.assigned_to_id = ?3)",
            projectId.toString(),
            organizationId,
            userId);
    Map<String, String> environment = new LinkedHashMap<>();
    StringBuilder pgService = new StringBuilder();
    for (Secret secret : SecretPriority.winners(candidates)) {
      String value = cipher.decrypt(secret.getEncryptedValue());
      if (secret.getType() == SecretType.ENVVAR) {
        environment.put(secret.getName(), value);
      } else {
        pgService.append(value.strip()).append("\n\n");
      }
    }
    return new JobSecrets(environment, pgService.toString());
  }

  /** Whether the user has a secret of their own for the project or its organization (jobs.md 7). */
  public boolean hasUserAssignedSecret(UUID projectId, long userId) {
    Project project = em.find(Project.class, projectId);
    Long organizationId =
        project != null && project.getOwner() instanceof Organization org
            ? org.getId()
            : Long.valueOf(-1);
    return em.createQuery(
                "SELECT count(s) FROM Secret s WHERE s.assignedToId = :u"
                    + " AND (s.projectId = :p OR s.organizationId = :o)",
                Long.class)
            .setParameter("u", userId)
            .setParameter("p", projectId)
            .setParameter("o", organizationId)
            .getSingleResult()
        > 0;
  }

  private String checkedName(NewSecret request) {
    if (request.scope() == null || request.type() == null || request.name() == null) {
      throw invalid("A secret needs an owner, a type and a name.");
    }
    String name = request.name().strip();
    // The admin form of the reference prefixes pg_service names, so they never clash with envvars.
    if (request.type() == SecretType.PGSERVICE && !name.startsWith(PG_SERVICE_PREFIX)) {
      name = PG_SERVICE_PREFIX + name;
    }
    if (name.length() > 255 || !Secret.NAME.matcher(name).matches()) {
      throw invalid(
          "A secret name starts with a capital letter followed by capitals, digits or '_'.");
    }
    return name;
  }

  private void checkAssignable(SecretScope scope, long userId) {
    long roles =
        scope.isProject()
            ? ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM projects_with_roles_vw v JOIN core_user u"
                                + " ON u.id = v.user_id AND u.type = 1"
                                + " WHERE v.project_id = ?1 AND v.user_id = ?2 AND v.is_valid")
                        .setParameter(1, scope.projectId())
                        .setParameter(2, userId)
                        .getSingleResult())
                .longValue()
            : ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM core_organization o WHERE o.user_ptr_id = ?1"
                                + " AND (o.organization_owner_id = ?2 OR EXISTS (SELECT 1 FROM"
                                + " core_organizationmember m WHERE m.organization_id = o.user_ptr_id"
                                + " AND m.member_id = ?2))")
                        .setParameter(1, scope.organizationId())
                        .setParameter(2, userId)
                        .getSingleResult())
                .longValue();
    if (roles == 0) {
      throw invalid(
          scope.isProject()
              ? "A project secret can be assigned only to a collaborator of the project."
              : "An organization secret can be assigned only to a member of the organization.");
    }
  }

  private boolean exists(SecretScope scope, SecretType type, String name, Long assignedToId) {
    return list(scope).stream()
        .anyMatch(
            s ->
                s.type().equals(type.wire())
                    && s.name().equals(name)
                    && java.util.Objects.equals(s.assignedToId(), assignedToId));
  }

  /** Summaries of the rows matching {@code where} (on alias {@code s}), by name. */
  private List<SecretSummary> summaries(String where, Object... params) {
    List<SecretSummary> result = new ArrayList<>();
    for (Object[] r : rows(where, params)) {
      result.add(
          new SecretSummary(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              r[3] == null ? null : UUID.fromString((String) r[3]),
              r[4] == null ? null : ((Number) r[4]).longValue(),
              r[5] == null ? null : ((Number) r[5]).longValue(),
              r[6] == null ? null : ((Number) r[6]).longValue(),
              createdAt(r[7])));
    }
    return result;
  }

  /** Detached secrets with their encrypted values, for the priority rule. */
  private List<Secret> secrets(String where, Object... params) {
    List<Secret> result = new ArrayList<>();
    for (Object[] r : rows(where, params)) {
      SecretScope scope =
          r[3] != null
              ? SecretScope.project(UUID.fromString((String) r[3]))
              : SecretScope.organization(((Number) r[4]).longValue());
      result.add(
          new Secret(
              scope,
              SecretType.fromWire((String) r[2]).orElseThrow(),
              (String) r[1],
              r[5] == null ? null : ((Number) r[5]).longValue(),
              r[6] == null ? null : ((Number) r[6]).longValue(),
              (String) r[8]));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String where, Object... params) {
    var query =
        em.createNativeQuery(
            "SELECT s.id, s.name, s.type, CAST(s.project_id AS varchar), s.organization_id,"
                + " s.assigned_to_id, s.created_by_id, s.created_at, s.value FROM core_secret s"
                + " WHERE "
                + where
                + " ORDER BY s.name, s.id");
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getResultList();
  }

  private static OffsetDateTime createdAt(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant t) {
      return t.atOffset(ZoneOffset.UTC);
    }
    return null;
  }

  private static ApiException notFound(long secretId) {
    return new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No secret " + secretId + ".");
  }

  private static ApiException invalid(String detail) {
    return new ApiException(ErrorCode.VALIDATION_ERROR, detail);
  }
}

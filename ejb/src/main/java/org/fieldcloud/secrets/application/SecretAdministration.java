package org.fieldcloud.secrets.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.secrets.application.SecretService.NewSecret;
import org.fieldcloud.secrets.domain.model.SecretScope;
import org.fieldcloud.secrets.domain.model.SecretType;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Secrets as staff manage them in the admin console (model.md 2.7; api.md 7.5 and 7.6 call them
 * "web UI only"): list with the owners' names, create from what a form holds (names, not ids), and
 * delete. Every method requires a staff caller. Values go in and are never read back.
 */
@Stateless
public class SecretAdministration {

  private static final String ROWS =
      "SELECT s.id, s.name, s.type, CAST(s.project_id AS varchar), p.name, po.username,"
          + " s.organization_id, o.username, a.username, c.username, s.created_at"
          + " FROM core_secret s"
          + " LEFT JOIN project_project p ON p.id = s.project_id"
          + " LEFT JOIN core_user po ON po.id = p.owner_id"
          + " LEFT JOIN core_user o ON o.id = s.organization_id"
          + " LEFT JOIN core_user a ON a.id = s.assigned_to_id"
          + " LEFT JOIN core_user c ON c.id = s.created_by_id";

  /**
   * Text matches the secret's name, its project's name, its organization's name or the assigned
   * person's username (model.md 2.7 search); the project and organization filters are exact.
   */
  private static final String WHERE =
      " WHERE (?1 = '' OR s.name ILIKE ?2 OR p.name ILIKE ?2 OR o.username ILIKE ?2"
          + " OR a.username ILIKE ?2)"
          + " AND (CAST(?3 AS uuid) IS NULL OR s.project_id = CAST(?3 AS uuid))"
          + " AND (CAST(?4 AS bigint) IS NULL OR s.organization_id = CAST(?4 AS bigint))";

  @PersistenceContext EntityManager em;
  @EJB SecretService secrets;

  /** What the console's form holds: owner and assigned person by name. */
  public record SecretForm(
      String project,
      String organization,
      SecretType type,
      String name,
      String value,
      String assignedTo) {}

  /** Which secrets a list shows. */
  public record Filter(String text, UUID projectId, Long organizationId) {

    public static Filter all() {
      return new Filter("", null, null);
    }
  }

  public List<SecretRow> page(AuthenticatedUser staff, Filter filter, int first, int max) {
    requireStaff(staff);
    Query query =
        bind(
                em.createNativeQuery(
                    ROWS + WHERE + " ORDER BY s.created_at DESC, s.id DESC LIMIT ?5 OFFSET ?6"),
                filter)
            .setParameter(5, max)
            .setParameter(6, first);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(SecretAdministration::row).toList();
  }

  public long count(AuthenticatedUser staff, Filter filter) {
    requireStaff(staff);
    return ((Number)
            bind(
                    em.createNativeQuery(
                        "SELECT count(*) FROM core_secret s"
                            + " LEFT JOIN project_project p ON p.id = s.project_id"
                            + " LEFT JOIN core_user o ON o.id = s.organization_id"
                            + " LEFT JOIN core_user a ON a.id = s.assigned_to_id"
                            + WHERE),
                    filter)
                .getSingleResult())
        .longValue();
  }

  /**
   * Creates a secret of a project ({@code project}: its id or {@code owner/name}) or of an
   * organization (its name); exactly one of the two. {@code assignedTo} is a username or blank.
   */
  public SecretSummary create(AuthenticatedUser staff, SecretForm form) {
    requireStaff(staff);
    boolean hasProject = !blank(form.project());
    boolean hasOrganization = !blank(form.organization());
    if (hasProject == hasOrganization) {
      throw invalid("A secret belongs to a project or to an organization: give exactly one.");
    }
    SecretScope scope =
        hasProject
            ? SecretScope.project(project(form.project().strip()).getId())
            : SecretScope.organization(organization(form.organization().strip()).getId());
    Long assigned = blank(form.assignedTo()) ? null : person(form.assignedTo().strip()).getId();
    return secrets.create(
        new NewSecret(scope, form.type(), form.name(), form.value(), assigned), staff.userId());
  }

  public void delete(AuthenticatedUser staff, long secretId) {
    requireStaff(staff);
    secrets.delete(secretId);
  }

  /** The project named by its id or {@code owner/name}, if any. */
  public Optional<Project> findProject(String reference) {
    if (blank(reference)) {
      return Optional.empty();
    }
    String text = reference.strip();
    try {
      return Optional.ofNullable(em.find(Project.class, UUID.fromString(text)));
    } catch (IllegalArgumentException notAnId) {
      int slash = text.indexOf('/');
      if (slash < 1) {
        return Optional.empty();
      }
      return em.createQuery(
              "SELECT p FROM Project p WHERE lower(p.owner.username) = :owner"
                  + " AND lower(p.name) = :name",
              Project.class)
          .setParameter("owner", text.substring(0, slash).toLowerCase(Locale.ROOT))
          .setParameter("name", text.substring(slash + 1).toLowerCase(Locale.ROOT))
          .getResultStream()
          .findFirst();
    }
  }

  public Optional<Organization> findOrganization(String name) {
    return user(name).filter(Organization.class::isInstance).map(Organization.class::cast);
  }

  private Project project(String reference) {
    return findProject(reference)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.OBJECT_NOT_FOUND,
                    "No project " + reference + " (give its id or owner/name)."));
  }

  private Organization organization(String name) {
    return findOrganization(name)
        .orElseThrow(
            () -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No organization " + name + "."));
  }

  private Person person(String username) {
    return user(username)
        .filter(Person.class::isInstance)
        .map(Person.class::cast)
        .orElseThrow(
            () -> new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No person " + username + "."));
  }

  private Optional<User> user(String username) {
    if (blank(username)) {
      return Optional.empty();
    }
    return em.createQuery("SELECT u FROM User u WHERE lower(u.username) = :n", User.class)
        .setParameter("n", username.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private static Query bind(Query query, Filter filter) {
    String text = filter.text() == null ? "" : filter.text().strip();
    return query
        .setParameter(1, text)
        .setParameter(
            2, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .setParameter(3, filter.projectId() == null ? null : filter.projectId().toString())
        .setParameter(4, filter.organizationId());
  }

  private static SecretRow row(Object[] r) {
    return new SecretRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        r[3] == null ? null : UUID.fromString((String) r[3]),
        (String) r[4],
        (String) r[5],
        r[6] == null ? null : ((Number) r[6]).longValue(),
        (String) r[7],
        (String) r[8],
        (String) r[9],
        createdAt(r[10]));
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

  private static void requireStaff(AuthenticatedUser caller) {
    if (caller == null || !caller.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may manage secrets.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static ApiException invalid(String detail) {
    return new ApiException(ErrorCode.VALIDATION_ERROR, detail);
  }
}

package org.fieldcloud.projects.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.domain.model.ProjectStatus;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.domain.PageRequest;

/**
 * Lists the projects a person can see, with their role on each, filtered, ordered and paged in the
 * database. The roles come from projects_with_roles_vw restricted to the caller, so the cost
 * follows what the caller can see.
 */
@Stateless
public class ProjectCatalog {

  @PersistenceContext EntityManager em;

  /**
   * The columns of {@link ProjectSummary}, read in the same query as the roles: no entities are
   * built for a list (docs/benchmarks.md, projects-list).
   */
  private static final String COLUMNS =
      "SELECT p.id, p.name, p.project_type, o.username, p.description, p.is_public,"
          + " p.created_at, p.updated_at, p.data_last_packaged_at, p.data_last_updated_at,"
          + " p.restricted_data_last_updated_at,"
          + " p.the_qgis_file_name IS NOT NULL AND p.project_details IS NOT NULL,"
          + " r.role, r.origin, r.is_valid,"
          + " (SELECT s.id FROM project_project s WHERE s.owner_id = p.owner_id AND s.name = '"
          + ProjectType.SHARED_DATASETS_NAME
          + "'), p.is_featured, p.is_attachment_download_on_demand, p.has_restricted_projectfiles,"
          + " p.overwrite_conflicts, p.file_storage_bytes, p.the_qgis_file_name,"
          // busy while a job is active (jobs.md 2.2); core_job_active_idx answers it
          + " EXISTS (SELECT 1 FROM core_job j WHERE j.project_id = p.id"
          + " AND j.status IN ('pending', 'queued', 'started')) ";

  public Page<ProjectSummary> list(
      AuthenticatedUser caller, ProjectListQuery query, Optional<PageRequest> page) {
    List<Object> params = new ArrayList<>();
    params.add(caller.userId());
    String from = fromAndWhere(query, params);

    String select =
        COLUMNS
            + from
            + " ORDER BY "
            + orderBy(query.ordering())
            + page.map(p -> " LIMIT " + p.limit() + " OFFSET " + p.offset()).orElse("");
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(em.createNativeQuery(select), params).getResultList();
    // Without a page the whole list is the answer, and its size needs no second query.
    long total =
        page.isEmpty()
            ? rows.size()
            : ((Number)
                    bind(em.createNativeQuery("SELECT count(*) " + from), params).getSingleResult())
                .longValue();
    return new Page<>(rows.stream().map(ProjectCatalog::summary).toList(), total, page);
  }

  private static ProjectSummary summary(Object[] row) {
    return new ProjectSummary(
        (UUID) row[0],
        (String) row[1],
        ProjectType.fromWire((String) row[2]),
        (String) row[3],
        (String) row[4],
        (Boolean) row[5],
        time(row[6]),
        time(row[7]),
        time(row[8]),
        time(row[9]),
        time(row[10]),
        ProjectStatus.of(
            ProjectType.fromWire((String) row[2]), (Boolean) row[11], (Boolean) row[22]),
        ProjectRoles.toRole(row, 12),
        (UUID) row[15],
        (Boolean) row[16],
        (Boolean) row[17],
        (Boolean) row[18],
        (Boolean) row[19],
        ((Number) row[20]).longValue(),
        (String) row[21]);
  }

  /** timestamptz arrives from a native query as a {@link Timestamp} (an instant). */
  private static OffsetDateTime time(Object value) {
    return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
  }

  private static String fromAndWhere(ProjectListQuery query, List<Object> params) {
    var sql =
        new StringBuilder(
            "FROM project_project p JOIN core_user o ON o.id = p.owner_id"
                + " JOIN projects_with_roles_vw r ON r.project_id = p.id AND r.user_id = ?1"
                + " WHERE true");
    if (query.publicOnly()) {
      sql.append(" AND p.is_public");
    } else if (!query.includePublic()) {
      sql.append(" AND r.origin <> 'public'");
    }
    if (query.name() != null) {
      params.add(query.name());
      sql.append(" AND upper(p.name) = upper(?").append(params.size()).append(")");
    }
    if (query.owner() != null) {
      params.add(query.owner());
      sql.append(" AND upper(o.username) = upper(?").append(params.size()).append(")");
    }
    for (String term : query.searchTerms()) {
      params.add("%" + escapeLike(term) + "%");
      int n = params.size();
      sql.append(" AND (o.username ILIKE ?")
          .append(n)
          .append(" OR p.name ILIKE ?")
          .append(n)
          .append(")");
    }
    return sql.toString();
  }

  /** The contract's quirk: valid terms apply in the fixed order owner, name, created_at. */
  private static String orderBy(List<String> ordering) {
    if (ordering.isEmpty()) {
      return "p.is_featured DESC, o.username, p.name, p.id";
    }
    Map<String, String> columns =
        Map.of("owner", "o.username", "name", "p.name", "created_at", "p.created_at");
    List<String> parts = new ArrayList<>();
    for (String field : ProjectListQuery.ORDERING_FIELDS) {
      ordering.stream()
          .filter(term -> term.equals(field) || term.equals("-" + field))
          .findFirst()
          .ifPresent(term -> parts.add(columns.get(field) + (term.startsWith("-") ? " DESC" : "")));
    }
    parts.add("p.id");
    return String.join(", ", parts);
  }

  private static jakarta.persistence.Query bind(jakarta.persistence.Query q, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return q;
  }

  private static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The id of each owner's {@code shared_datasets} project, for the owners that have one. */
  public Map<Long, UUID> sharedDatasetsProjects(List<Long> ownerIds) {
    if (ownerIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT p.owner.id, p.id FROM Project p WHERE p.owner.id IN :owners AND p.name = :name",
            Object[].class)
        .setParameter("owners", ownerIds)
        .setParameter("name", ProjectType.SHARED_DATASETS_NAME)
        .getResultStream()
        .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (UUID) r[1]));
  }
}

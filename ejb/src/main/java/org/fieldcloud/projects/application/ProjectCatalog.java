package org.fieldcloud.projects.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.projects.domain.model.ProjectStatus;
import org.fieldcloud.projects.domain.model.ProjectType;
import org.fieldcloud.projects.domain.model.RoleOrigin;
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

  @Resource(lookup = "jdbc/fieldcloud")
  DataSource dataSource;

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

  /**
   * Plain JDBC rather than a JPA native query: EclipseLink copies every row into a record of its
   * own before handing it over, which for a thousand projects was about a sixth of the server's
   * time on the request (docs/benchmarks.md, projects-list). A read alone needs no transaction of
   * its own.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
    try (Connection connection = dataSource.getConnection()) {
      List<ProjectSummary> items = new ArrayList<>();
      try (PreparedStatement statement = prepare(connection, select, params);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          items.add(summary(rows));
        }
      }
      // Without a page the whole list is the answer, and its size needs no second query.
      long total = page.isEmpty() ? items.size() : count(connection, from, params);
      return new Page<>(items, total, page);
    } catch (SQLException e) {
      throw new IllegalStateException("listing projects failed", e);
    }
  }

  /**
   * The project list epoch (V81__project_list_epoch.sql): it moves in the commit of every change a
   * list could show. A list read after it is at least as new as it.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long epoch() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT epoch FROM project_list_epoch WHERE id = 1");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the project list epoch failed", e);
    }
  }

  private static long count(Connection connection, String from, List<Object> params)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, "SELECT count(*) " + from, params);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
    return statement;
  }

  /** One row of {@link #COLUMNS}; only getters the server's result set wrapper calls directly. */
  private static ProjectSummary summary(ResultSet row) throws SQLException {
    ProjectType type = ProjectType.fromWire(row.getString(3));
    return new ProjectSummary(
        (UUID) row.getObject(1),
        row.getString(2),
        type,
        row.getString(4),
        row.getString(5),
        row.getBoolean(6),
        time(row, 7),
        time(row, 8),
        time(row, 9),
        time(row, 10),
        time(row, 11),
        ProjectStatus.of(type, row.getBoolean(12), row.getBoolean(23)),
        new EffectiveRole(
            ProjectRole.fromWire(row.getString(13)).orElseThrow(),
            RoleOrigin.fromWire(row.getString(14)),
            row.getBoolean(15)),
        (UUID) row.getObject(16),
        row.getBoolean(17),
        row.getBoolean(18),
        row.getBoolean(19),
        row.getBoolean(20),
        row.getLong(21),
        row.getString(22));
  }

  /**
   * A timestamptz column, in UTC (the API writes it in the configured zone). Not {@code
   * getObject(column, OffsetDateTime.class)}: the server's result set wrapper looks that method up
   * by reflection on every call.
   */
  private static OffsetDateTime time(ResultSet row, int column) throws SQLException {
    Timestamp time = row.getTimestamp(column);
    return time == null ? null : time.toInstant().atOffset(ZoneOffset.UTC);
  }

  /** The FROM and WHERE of the list; adds the value of each {@code ?} to {@code params}. */
  private static String fromAndWhere(ProjectListQuery query, List<Object> params) {
    var sql =
        new StringBuilder(
            "FROM project_project p JOIN core_user o ON o.id = p.owner_id"
                + " JOIN projects_with_roles_vw r ON r.project_id = p.id AND r.user_id = ?"
                + " WHERE true");
    if (query.publicOnly()) {
      sql.append(" AND p.is_public");
    } else if (!query.includePublic()) {
      sql.append(" AND r.origin <> 'public'");
    }
    if (query.name() != null) {
      params.add(query.name());
      sql.append(" AND upper(p.name) = upper(?)");
    }
    if (query.owner() != null) {
      params.add(query.owner());
      sql.append(" AND upper(o.username) = upper(?)");
    }
    for (String term : query.searchTerms()) {
      String pattern = "%" + escapeLike(term) + "%";
      params.add(pattern);
      params.add(pattern);
      sql.append(" AND (o.username ILIKE ? OR p.name ILIKE ?)");
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

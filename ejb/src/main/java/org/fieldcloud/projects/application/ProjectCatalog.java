package org.fieldcloud.projects.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.Project;
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

  public record ProjectWithRole(Project project, EffectiveRole role) {}

  public Page<ProjectWithRole> list(
      AuthenticatedUser caller, ProjectListQuery query, Optional<PageRequest> page) {
    List<Object> params = new ArrayList<>();
    params.add(caller.userId());
    String from = fromAndWhere(query, params);

    String select =
        "SELECT p.id, r.role, r.origin, r.is_valid "
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
    return new Page<>(load(rows), total, page);
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

  private List<ProjectWithRole> load(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
    Map<UUID, Project> projects =
        em.createQuery(
                "SELECT p FROM Project p JOIN FETCH p.owner WHERE p.id IN :ids", Project.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Project::getId, Function.identity()));
    Map<UUID, ProjectWithRole> ordered = new LinkedHashMap<>();
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      ordered.put(id, new ProjectWithRole(projects.get(id), ProjectRoles.toRole(row, 1)));
    }
    return List.copyOf(ordered.values());
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

package org.fieldcloud.shared.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Pages of entities for the admin console's lists: filtered, counted, sorted and cut in the
 * database, so a list of a million rows costs one page.
 */
@Stateless
public class EntityLists {

  @PersistenceContext EntityManager em;

  /** One entity by its id, for a detail page. */
  public <T> Optional<T> find(Class<T> type, Object id) {
    return Optional.ofNullable(em.find(type, id));
  }

  public <T> List<T> page(ListQuery<T> query, int first, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> select = cb.createQuery(query.type());
    Root<T> root = select.from(query.type());
    select.select(root).where(predicates(cb, root, query.conditions()));
    String sortPath = query.sortPath().orElse("id");
    Expression<?> sortBy = path(root, sortPath);
    select.orderBy(query.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(path(root, "id")));
    return em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();
  }

  public <T> long count(ListQuery<T> query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> select = cb.createQuery(Long.class);
    Root<T> root = select.from(query.type());
    select.select(cb.count(root)).where(predicates(cb, root, query.conditions()));
    return em.createQuery(select).getSingleResult();
  }

  private Predicate[] predicates(
      CriteriaBuilder cb, Root<?> root, List<ListQuery.Condition> conditions) {
    return conditions.stream().map(c -> predicate(cb, root, c)).toArray(Predicate[]::new);
  }

  private Predicate predicate(CriteriaBuilder cb, Root<?> root, ListQuery.Condition condition) {
    if (condition.isGroup()) {
      return cb.or(
          condition.anyOf().stream().map(c -> predicate(cb, root, c)).toArray(Predicate[]::new));
    }
    Path<?> attribute = path(root, condition.path());
    Object value = condition.value();
    switch (condition.match()) {
      case EQUALS_IGNORE_CASE:
        return cb.equal(cb.lower(attribute.as(String.class)), lower(value));
      case CONTAINS_IGNORE_CASE:
        return cb.like(
            cb.lower(attribute.as(String.class)), "%" + escapeLike(lower(value)) + "%", '\\');
      case STARTS_WITH_IGNORE_CASE:
        return cb.like(cb.lower(attribute.as(String.class)), escapeLike(lower(value)) + "%", '\\');
      case EQUALS:
      default:
        return cb.equal(attribute, converted(value, attribute.getJavaType()));
    }
  }

  /**
   * Follows a dotted path; an unknown attribute is a client error, not a server one. Relations are
   * outer-joined: a row whose relation is empty (an uploader whose account is gone) stays in the
   * list when it is sorted by that relation, and in the other alternatives of a search.
   */
  private static Path<?> path(Root<?> root, String dotted) {
    try {
      From<?, ?> from = root;
      String[] parts = dotted.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        from = from.join(parts[i], JoinType.LEFT);
      }
      return from.get(parts[parts.length - 1]);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "Unknown column '" + dotted + "'.");
    }
  }

  private static Object converted(Object value, Class<?> type) {
    if (!(value instanceof String text)) {
      return value;
    }
    try {
      if (type == UUID.class) {
        return UUID.fromString(text.strip());
      }
      if (type == Long.class || type == long.class) {
        return Long.valueOf(text.strip());
      }
      if (type == Boolean.class || type == boolean.class) {
        return Boolean.valueOf(text.strip());
      }
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "'" + text + "' is not a valid value.");
    }
    return value;
  }

  private static String lower(Object value) {
    return String.valueOf(value).toLowerCase(java.util.Locale.ROOT);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

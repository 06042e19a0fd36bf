package org.fieldcloud.shared.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an admin list shows of one entity type: conditions (all must hold; a condition may be a
 * group of alternatives) and one sort column. Attribute paths are checked against the JPA metamodel
 * when the query runs, so a path that came from a web request cannot inject anything.
 *
 * @param type the entity class
 * @param conditions every one must match
 * @param sortPath attribute path to order by, e.g. {@code owner.username}; empty = by id
 * @param ascending sort direction
 */
public record ListQuery<T>(
    Class<T> type, List<Condition> conditions, Optional<String> sortPath, boolean ascending)
    implements Serializable {

  /** How a condition compares the attribute with the value. */
  public enum Match {
    EQUALS,
    EQUALS_IGNORE_CASE,
    CONTAINS_IGNORE_CASE,
    STARTS_WITH_IGNORE_CASE
  }

  /**
   * One test, or alternatives of which any may match.
   *
   * @param path attribute path (dots follow relations); null for a group
   * @param match the comparison
   * @param value what to compare with (a string is converted to the attribute's type)
   * @param anyOf alternatives (when path is null)
   */
  public record Condition(String path, Match match, Object value, List<Condition> anyOf)
      implements Serializable {

    public static Condition of(String path, Match match, Object value) {
      return new Condition(path, match, value, List.of());
    }

    public static Condition anyOf(List<Condition> alternatives) {
      return new Condition(null, null, null, List.copyOf(alternatives));
    }

    public boolean isGroup() {
      return path == null;
    }
  }

  public static <T> ListQuery<T> of(Class<T> type) {
    return new ListQuery<>(type, List.of(), Optional.empty(), true);
  }

  public ListQuery<T> where(Condition condition) {
    List<Condition> all = new ArrayList<>(conditions);
    all.add(condition);
    return new ListQuery<>(type, List.copyOf(all), sortPath, ascending);
  }

  public ListQuery<T> where(String path, Match match, Object value) {
    return where(Condition.of(path, match, value));
  }

  public ListQuery<T> orderBy(String path, boolean ascendingOrder) {
    return new ListQuery<>(type, conditions, Optional.ofNullable(path), ascendingOrder);
  }
}

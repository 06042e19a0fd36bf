package org.fieldcloud.admin.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table over {@link EntityLists}: the database counts, sorts and cuts the page.
 * Only the columns named in {@code sortable} can be sorted by; the table's column name maps to an
 * entity attribute path.
 */
public class QueryDataModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient EntityLists lists;
  private final Supplier<ListQuery<T>> query;
  private final Map<String, String> sortable;
  private final Function<T, String> rowKey;
  private final String defaultSort;
  private final boolean defaultAscending;

  /**
   * @param lists the ejb that runs the queries
   * @param query the current conditions (search box and filters of the page)
   * @param sortable column field (as PrimeFaces names it) to entity attribute path
   * @param defaultSort attribute path to sort by when the user chose none
   */
  public QueryDataModel(
      EntityLists lists,
      Supplier<ListQuery<T>> query,
      Map<String, String> sortable,
      Function<T, String> rowKey,
      String defaultSort,
      boolean defaultAscending) {
    this.lists = lists;
    this.query = query;
    this.sortable = sortable;
    this.rowKey = rowKey;
    this.defaultSort = defaultSort;
    this.defaultAscending = defaultAscending;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, lists.count(query.get()));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ListQuery<T> current = query.get().orderBy(defaultSort, defaultAscending);
    for (SortMeta sort : sortBy.values()) {
      String path = sortable.get(sort.getField());
      if (path != null && !sort.getOrder().isUnsorted()) {
        current = current.orderBy(path, sort.getOrder().isAscending());
        break;
      }
    }
    return lists.page(current, first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return rowKey.apply(row);
  }

  @Override
  public T getRowData(String key) {
    return null;
  }
}

package org.fieldcloud.admin.support;

import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;

/**
 * What every list page has: a search box and a lazy table whose query the page builds from the
 * search box and its filters.
 */
public abstract class ListPage<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB protected EntityLists lists;

  private String search = "";
  private QueryDataModel<T> model;

  /** The conditions of the page's current search and filters. */
  protected abstract ListQuery<T> query();

  /**
   * Sets up the table; called from the page's {@code @PostConstruct}.
   *
   * @param sortable column field (as PrimeFaces names it) to entity attribute path
   */
  protected void table(
      Map<String, String> sortable,
      Function<T, String> rowKey,
      String defaultSort,
      boolean ascending) {
    model = new QueryDataModel<>(lists, this::query, sortable, rowKey, defaultSort, ascending);
  }

  protected SearchText searchText() {
    return SearchText.parse(search);
  }

  public QueryDataModel<T> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null ? "" : search;
  }
}

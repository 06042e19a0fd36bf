package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.admin.support.QueryDataModel;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Projects (model.md 2.5), newest change first: search by id, name (contains) or owner (exact);
 * {@code owner:<username>} lists one owner's projects; filter by public.
 */
@Named
@ViewScoped
public class ProjectsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;

  private String search = "";
  private String visibility = "";
  private QueryDataModel<Project> model;

  @PostConstruct
  void init() {
    model =
        new QueryDataModel<>(
            lists,
            this::query,
            Map.of(
                "name", "name",
                "owner.username", "owner.username",
                "createdBy.username", "createdBy.username",
                "public", "isPublic",
                "description", "description",
                "createdAt", "createdAt",
                "updatedAt", "updatedAt"),
            p -> p.getId().toString(),
            "updatedAt",
            false);
  }

  ListQuery<Project> query() {
    ListQuery<Project> query = ListQuery.of(Project.class);
    if (!visibility.isEmpty()) {
      query = query.where("isPublic", Match.EQUALS, Boolean.valueOf(visibility));
    }
    SearchText text = SearchText.parse(search);
    if (text.prefix().filter("owner"::equals).isPresent()) {
      return query.where("owner.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.prefix().map(p -> p + ":").orElse("") + text.value();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("name", Match.CONTAINS_IGNORE_CASE, value));
    any.add(Condition.of("owner.username", Match.EQUALS_IGNORE_CASE, value));
    try {
      any.add(Condition.of("id", Match.EQUALS, UUID.fromString(value)));
    } catch (IllegalArgumentException notAnId) {
      // only names and owners then
    }
    return query.where(Condition.anyOf(any));
  }

  public QueryDataModel<Project> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null ? "" : search;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility == null ? "" : visibility;
  }
}

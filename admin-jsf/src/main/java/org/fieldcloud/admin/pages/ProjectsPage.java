package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Projects (model.md 2.5), newest change first: search by id, name (contains) or owner (exact);
 * {@code owner:<username>} lists one owner's projects; filter by public.
 */
@Named
@ViewScoped
public class ProjectsPage extends ListPage<Project> {

  private static final long serialVersionUID = 1L;

  private String visibility = "";

  @PostConstruct
  void init() {
    table(
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

  @Override
  protected ListQuery<Project> query() {
    ListQuery<Project> query = ListQuery.of(Project.class);
    if (!visibility.isEmpty()) {
      query = query.where("isPublic", Match.EQUALS, Boolean.valueOf(visibility));
    }
    SearchText text = searchText();
    if (text.hasPrefix("owner")) {
      return query.where("owner.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.whole();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("name", Match.CONTAINS_IGNORE_CASE, value));
    any.add(Condition.of("owner.username", Match.EQUALS_IGNORE_CASE, value));
    text.asUuid().ifPresent(id -> any.add(Condition.of("id", Match.EQUALS, id)));
    return query.where(Condition.anyOf(any));
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility == null ? "" : visibility;
  }
}

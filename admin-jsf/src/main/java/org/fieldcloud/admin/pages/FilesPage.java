package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.files.domain.model.FileListRow;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Project files across projects (model.md 2.11), latest upload first, with the count and size of
 * their kept versions. Filter by project (id or exact name); search: name contains, latest etag or
 * uploader starts with.
 */
@Named
@ViewScoped
public class FilesPage extends ListPage<FileListRow> {

  private static final long serialVersionUID = 1L;

  private String project = "";

  @PostConstruct
  void init() {
    table(
        Map.of(
            "project.name", "project.name",
            "name", "name",
            "versionsCount", "versionsCount",
            "latestSize", "latestSize",
            "versionsSize", "versionsSize",
            "latestUploadedAt", "latestUploadedAt",
            "latestUploadedBy.username", "latestUploadedBy.username"),
        f -> String.valueOf(f.getId()),
        "latestUploadedAt",
        false);
  }

  @Override
  protected ListQuery<FileListRow> query() {
    ListQuery<FileListRow> query = ListQuery.of(FileListRow.class);
    if (!project.isBlank()) {
      var projectId = SearchText.parse(project).asUuid();
      query =
          projectId.isPresent()
              ? query.where("project.id", Match.EQUALS, projectId.get())
              : query.where("project.name", Match.EQUALS_IGNORE_CASE, project.strip());
    }
    String value = searchText().whole();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("name", Match.CONTAINS_IGNORE_CASE, value));
    any.add(Condition.of("latestEtag", Match.STARTS_WITH_IGNORE_CASE, value));
    any.add(Condition.of("latestUploadedBy.username", Match.STARTS_WITH_IGNORE_CASE, value));
    return query.where(Condition.anyOf(any));
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project == null ? "" : project;
  }
}

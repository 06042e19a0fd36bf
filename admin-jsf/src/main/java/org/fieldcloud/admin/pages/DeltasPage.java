package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.DeltaActions;
import org.fieldcloud.admin.support.ListPage;
import org.fieldcloud.admin.support.SearchText;
import org.fieldcloud.deltas.application.DeltaAdministration;
import org.fieldcloud.deltas.domain.model.Delta;
import org.fieldcloud.deltas.domain.model.DeltaStatus;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Condition;
import org.fieldcloud.shared.application.ListQuery.Match;

/**
 * Deltas (model.md 2.8), newest change first. Filters: status, finalized or not, project (id or
 * exact name), a deltafile or client id. Search: project name or owner (exact), feedback contains,
 * a delta or deltafile id; {@code created_by:<username>}. The ticked deltas can be re-applied or
 * ignored.
 */
@Named
@ViewScoped
public class DeltasPage extends ListPage<Delta> {

  private static final long serialVersionUID = 1L;

  /** The name of the rows' check boxes; plain inputs, so a tick names its delta, not a row. */
  public static final String SELECTED = "selected-delta";

  private static final UUID NO_ID = new UUID(0, 0);

  @EJB DeltaAdministration administration;
  @Inject AdminSession session;

  private DeltaStatus status;
  private String finalized = "";
  private String project = "";
  private String fileOrClient = "";

  @PostConstruct
  void init() {
    table(
        Map.of(
            "deltafileId", "deltafileId",
            "project.name", "project.name",
            "project.owner.username", "project.owner.username",
            "lastStatus", "lastStatus",
            "createdBy.username", "createdBy.username",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt"),
        d -> d.getId().toString(),
        "updatedAt",
        false);
  }

  @Override
  protected ListQuery<Delta> query() {
    ListQuery<Delta> query = ListQuery.of(Delta.class);
    if (status != null) {
      query = query.where("lastStatus", Match.EQUALS, status);
    }
    if (!finalized.isEmpty()) {
      boolean wantFinal = finalized.equals("finalized");
      query =
          query.where(
              Condition.anyOf(
                  Arrays.stream(DeltaStatus.values())
                      .filter(s -> s.isFinal() == wantFinal)
                      .map(s -> Condition.of("lastStatus", Match.EQUALS, s))
                      .toList()));
    }
    if (!project.isBlank()) {
      var projectId = SearchText.parse(project).asUuid();
      query =
          projectId.isPresent()
              ? query.where("projectId", Match.EQUALS, projectId.get())
              : query.where("project.name", Match.EQUALS_IGNORE_CASE, project.strip());
    }
    if (!fileOrClient.isBlank()) {
      // the field's validator lets only ids through; anything else matches nothing
      UUID id = SearchText.parse(fileOrClient).asUuid().orElse(NO_ID);
      query =
          query.where(
              Condition.anyOf(
                  List.of(
                      Condition.of("deltafileId", Match.EQUALS, id),
                      Condition.of("clientId", Match.EQUALS, id))));
    }
    SearchText text = searchText();
    if (text.hasPrefix("created_by")) {
      return query.where("createdBy.username", Match.EQUALS_IGNORE_CASE, text.value());
    }
    String value = text.whole();
    if (value.isEmpty()) {
      return query;
    }
    List<Condition> any = new ArrayList<>();
    any.add(Condition.of("project.name", Match.EQUALS_IGNORE_CASE, value));
    any.add(Condition.of("project.owner.username", Match.EQUALS_IGNORE_CASE, value));
    any.add(Condition.of("lastFeedback", Match.CONTAINS_IGNORE_CASE, value));
    text.asUuid()
        .ifPresent(
            id -> {
              any.add(Condition.of("id", Match.EQUALS, id));
              any.add(Condition.of("deltafileId", Match.EQUALS, id));
            });
    return query.where(Condition.anyOf(any));
  }

  /** "Re-apply selected": back to pending, and apply jobs started for them. */
  public void reapplySelected() {
    new DeltaActions(administration, session).reapply(selected());
  }

  /** "Ignore selected". */
  public void ignoreSelected() {
    new DeltaActions(administration, session).ignore(selected());
  }

  private List<UUID> selected() {
    String[] values =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get(SELECTED);
    List<UUID> ids = new ArrayList<>();
    for (String value : values == null ? new String[0] : values) {
      SearchText.parse(value).asUuid().ifPresent(ids::add);
    }
    return ids;
  }

  public DeltaStatus[] getStatuses() {
    return DeltaStatus.values();
  }

  public DeltaStatus getStatus() {
    return status;
  }

  public void setStatus(DeltaStatus status) {
    this.status = status;
  }

  public String getFinalized() {
    return finalized;
  }

  public void setFinalized(String finalized) {
    this.finalized = finalized == null ? "" : finalized;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project == null ? "" : project;
  }

  public String getFileOrClient() {
    return fileOrClient;
  }

  public void setFileOrClient(String fileOrClient) {
    this.fileOrClient = fileOrClient == null ? "" : fileOrClient;
  }
}

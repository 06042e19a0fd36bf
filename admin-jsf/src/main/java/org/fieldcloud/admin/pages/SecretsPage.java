package org.fieldcloud.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.fieldcloud.admin.security.AdminSession;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.secrets.application.SecretAdministration;
import org.fieldcloud.secrets.application.SecretAdministration.Filter;
import org.fieldcloud.secrets.application.SecretAdministration.SecretForm;
import org.fieldcloud.secrets.application.SecretRow;
import org.fieldcloud.secrets.application.SecretSummary;
import org.fieldcloud.secrets.domain.model.SecretType;
import org.fieldcloud.shared.domain.ApiException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Secrets of projects and organizations (model.md 2.7; "web UI only" in api.md 7.5/7.6): the list
 * (name, type, owner, assigned person, creator, created; newest first), a form to add one and a
 * delete button. {@code ?project=<id>} or {@code ?organization=<name>} narrows the list to one
 * owner and fills the form with it. The value is written once and never shown: the form field is
 * emptied after every attempt, and no page reads a stored value.
 */
@Named
@ViewScoped
public class SecretsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SecretAdministration administration;
  @Inject AdminSession session;

  private String search = "";
  private String project;
  private String organization;
  private Filter filter = Filter.all();
  private SecretsModel model;

  private String formProject;
  private String formOrganization;
  private SecretType formType = SecretType.ENVVAR;
  private String formName;
  private transient String formValue;
  private String formAssignedTo;

  @PostConstruct
  void init() {
    model = new SecretsModel(this);
  }

  /** Reads the owner of the URL, if any, into the filter and the form. */
  public void load() {
    java.util.UUID projectId = null;
    Long organizationId = null;
    if (project != null && !project.isBlank()) {
      Project found = administration.findProject(project).orElse(null);
      if (found == null) {
        Messages.error("No project " + project + ".");
      } else {
        projectId = found.getId();
        formProject = found.getOwner().getUsername() + "/" + found.getName();
      }
    } else if (organization != null && !organization.isBlank()) {
      var found = administration.findOrganization(organization).orElse(null);
      if (found == null) {
        Messages.error("No organization " + organization + ".");
      } else {
        organizationId = found.getId();
        formOrganization = found.getUsername();
      }
    }
    filter = new Filter(search, projectId, organizationId);
  }

  public void searchNow() {
    filter = new Filter(search, filter.projectId(), filter.organizationId());
  }

  public void create() {
    String value = formValue;
    formValue = null; // whatever happens, the page never sends the value back
    try {
      SecretSummary created =
          administration.create(
              session.caller(),
              new SecretForm(
                  formProject, formOrganization, formType, formName, value, formAssignedTo));
      Messages.info("Secret " + created.name() + " created.");
      formName = null;
      formAssignedTo = null;
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public void delete(SecretRow row) {
    try {
      administration.delete(session.caller(), row.id());
      Messages.info("Secret " + row.name() + " of " + row.ownerLabel() + " deleted.");
    } catch (ApiException e) {
      Messages.error(e);
    }
  }

  public SecretType[] getTypes() {
    return SecretType.values();
  }

  public String typeLabel(SecretType type) {
    return type == SecretType.PGSERVICE ? "pg_service" : "Environment variable";
  }

  public LazyDataModel<SecretRow> getModel() {
    return model;
  }

  public String getScopeLabel() {
    if (filter.projectId() != null) {
      return "of project " + formProject;
    }
    if (filter.organizationId() != null) {
      return "of organization " + formOrganization;
    }
    return "";
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null ? "" : search;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getFormProject() {
    return formProject;
  }

  public void setFormProject(String formProject) {
    this.formProject = formProject;
  }

  public String getFormOrganization() {
    return formOrganization;
  }

  public void setFormOrganization(String formOrganization) {
    this.formOrganization = formOrganization;
  }

  public SecretType getFormType() {
    return formType;
  }

  public void setFormType(SecretType formType) {
    this.formType = formType;
  }

  public String getFormName() {
    return formName;
  }

  public void setFormName(String formName) {
    this.formName = formName;
  }

  /** Always empty: a stored or typed value is never rendered. */
  public String getFormValue() {
    return null;
  }

  public void setFormValue(String formValue) {
    this.formValue = formValue;
  }

  public String getFormAssignedTo() {
    return formAssignedTo;
  }

  public void setFormAssignedTo(String formAssignedTo) {
    this.formAssignedTo = formAssignedTo;
  }

  /** The database counts and cuts the page; the list is always newest first. */
  static final class SecretsModel extends LazyDataModel<SecretRow> {

    private static final long serialVersionUID = 1L;

    private final SecretsPage page;

    SecretsModel(SecretsPage page) {
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          Math.min(
              Integer.MAX_VALUE, page.administration.count(page.session.caller(), page.filter));
    }

    @Override
    public List<SecretRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return page.administration.page(page.session.caller(), page.filter, first, pageSize);
    }

    @Override
    public String getRowKey(SecretRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public SecretRow getRowData(String key) {
      return null;
    }
  }
}

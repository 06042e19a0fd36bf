package org.fieldcloud.admin.pages;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.Person;
import org.fieldcloud.admin.support.Messages;
import org.fieldcloud.admin.support.QueryDataModel;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.shared.application.EntityLists;
import org.fieldcloud.shared.application.ListQuery;
import org.fieldcloud.shared.application.ListQuery.Match;
import org.fieldcloud.subscriptions.domain.model.SubscriptionListRow;

/**
 * Global search (model.md 2.13): an e-mail or exact username finds the person, the organizations
 * they own, the projects they own and their subscriptions, each section paged by 5.
 */
@Named
@ViewScoped
public class GlobalSearchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB EntityLists lists;

  private String query = "";
  private Person person;
  private QueryDataModel<Organization> organizations;
  private QueryDataModel<Project> projects;
  private QueryDataModel<SubscriptionListRow> subscriptions;

  public void search() {
    person = null;
    String text = query == null ? "" : query.strip();
    if (text.length() < 2 || text.length() > 255) {
      Messages.error("Type 2 to 255 characters.");
      return;
    }
    String field = text.contains("@") ? "email" : "username";
    List<Person> found =
        lists.page(ListQuery.of(Person.class).where(field, Match.EQUALS_IGNORE_CASE, text), 0, 1);
    if (found.isEmpty()) {
      Messages.info(
          "Nobody has the " + (field.equals("email") ? "e-mail " : "username ") + text + ".");
      return;
    }
    person = found.get(0);
    long personId = person.getId();
    organizations =
        new QueryDataModel<>(
            lists,
            () -> ListQuery.of(Organization.class).where("owner.id", Match.EQUALS, personId),
            Map.of(),
            o -> String.valueOf(o.getId()),
            "username",
            true);
    projects =
        new QueryDataModel<>(
            lists,
            () -> ListQuery.of(Project.class).where("owner.id", Match.EQUALS, personId),
            Map.of(),
            p -> p.getId().toString(),
            "name",
            true);
    subscriptions =
        new QueryDataModel<>(
            lists,
            () ->
                ListQuery.of(SubscriptionListRow.class).where("account.id", Match.EQUALS, personId),
            Map.of(),
            s -> String.valueOf(s.getId()),
            "id",
            false);
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Person getPerson() {
    return person;
  }

  public QueryDataModel<Organization> getOrganizations() {
    return organizations;
  }

  public QueryDataModel<Project> getProjects() {
    return projects;
  }

  public QueryDataModel<SubscriptionListRow> getSubscriptions() {
    return subscriptions;
  }
}

package org.fieldcloud.accounts.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.fieldcloud.accounts.application.AccountService;
import org.fieldcloud.accounts.application.AccountService.NewPerson;
import org.fieldcloud.accounts.application.AccountService.UserChanges;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.application.UserDirectory;
import org.fieldcloud.accounts.application.UserSearch;
import org.fieldcloud.accounts.domain.model.Organization;
import org.fieldcloud.accounts.domain.model.User;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Uuids;
import org.fieldcloud.shared.interfaces.rest.BooleanValues;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/** Accounts: search, creation by staff, detail and change, own organizations (api.md 5.3). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

  @EJB UserDirectory directory;
  @EJB AccountService accounts;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @GET
  public Response search() {
    currentUser.require();
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    String project = blankToNull(query.getFirst("project"));
    if (project != null) {
      // Projects are not in this service yet: a well-formed id is accepted and has no effect.
      Uuids.parse(project);
    }
    var search =
        new UserSearch(
            Optional.ofNullable(query.getFirst("q")).orElse(""),
            Optional.ofNullable(blankToNull(query.getFirst("organization"))),
            Optional.ofNullable(blankToNull(query.getFirst("exclude_members_of_team")))
                .map(UsersResource::parseTeamId),
            flag(query, "exclude_organizations"),
            flag(query, "exclude_teams"),
            flag(query, "invert"));
    return PagedResponses.ok(
        directory.search(search, PageParameters.from(query)).map(PublicUserView::of), uri);
  }

  @POST
  public Response create(RequestFields body) {
    AuthenticatedUser caller = currentUser.require();
    RequestFields fields = body == null ? RequestFields.empty() : body;
    var person =
        accounts.createPerson(
            caller,
            new NewPerson(
                fields.requiredText("username"),
                fields.requiredText("password"),
                fields.requiredText("email"),
                fields.text("first_name").orElse(""),
                fields.text("last_name").orElse("")));
    return Response.status(Response.Status.CREATED).entity(PublicUserView.of(person)).build();
  }

  /** The caller's own account in full, an organization they belong to, or anyone's public info. */
  @GET
  @Path("{username}/")
  public Object get(@PathParam("username") String username) {
    AuthenticatedUser caller = currentUser.require();
    User user = directory.get(username);
    if (user instanceof Organization organization) {
      return OrganizationView.of(directory.organization(organization, caller));
    }
    if (user.getId() == caller.userId()) {
      return CompleteUserView.of(user);
    }
    return PublicUserView.of(user);
  }

  @PUT
  @Path("{username}/")
  public CompleteUserView replace(@PathParam("username") String username, RequestFields body) {
    return update(username, body, true);
  }

  @PATCH
  @Path("{username}/")
  public CompleteUserView patch(@PathParam("username") String username, RequestFields body) {
    return update(username, body, false);
  }

  /** Accounts are not deleted through the API; QFieldCloud's permission class refuses it. */
  @DELETE
  @Path("{username}/")
  public Response delete(@PathParam("username") String username) {
    currentUser.require();
    throw new ApiException(ErrorCode.PERMISSION_DENIED, "Accounts cannot be deleted here.");
  }

  @GET
  @Path("{username}/organizations/")
  public List<OrganizationView> organizations(@PathParam("username") String username) {
    return directory.organizationsOf(username, currentUser.require()).stream()
        .map(OrganizationView::of)
        .toList();
  }

  private CompleteUserView update(String username, RequestFields body, boolean replace) {
    AuthenticatedUser caller = currentUser.require();
    RequestFields fields = body == null ? RequestFields.empty() : body;
    var changes =
        new UserChanges(
            fields.text("username"),
            fields.text("email"),
            fields.text("first_name"),
            fields.text("last_name"));
    return CompleteUserView.of(accounts.update(caller, username, changes, replace));
  }

  /** {@code 0}/{@code 1} and the other boolean spellings; anything else is a 400. */
  private static boolean flag(MultivaluedMap<String, String> query, String name) {
    String value = blankToNull(query.getFirst(name));
    if (value == null) {
      return false;
    }
    return BooleanValues.parse(value)
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.API_ERROR,
                    400,
                    "'" + name + "' must be 0 or 1, not '" + value + "'."));
  }

  private static Long parseTeamId(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ApiException(
          ErrorCode.VALIDATION_ERROR, "'exclude_members_of_team' must be a team id (a number).");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

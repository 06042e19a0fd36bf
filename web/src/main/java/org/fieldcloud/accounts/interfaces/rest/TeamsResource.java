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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fieldcloud.accounts.application.TeamService;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/**
 * Teams of an organization and their members (api.md 5.5). Never paginated. Teams are named by
 * their short name here; stored usernames are {@code @org/team}.
 */
@Path("organizations/{organization}/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

  @EJB TeamService teams;
  @Inject CurrentUser currentUser;

  @PathParam("organization")
  String organization;

  @GET
  public List<TeamView> list() {
    currentUser.require();
    return teams.list(organization).stream().map(TeamView::of).toList();
  }

  @POST
  public Response create(RequestFields body) {
    var caller = currentUser.require();
    teams.requireAdmin(caller, organization);
    String name = fields(body).requiredText("team");
    return Response.status(Response.Status.CREATED)
        .entity(TeamView.of(teams.create(caller, organization, name)))
        .build();
  }

  @GET
  @Path("{team}/")
  public TeamView get(@PathParam("team") String team) {
    currentUser.require();
    return TeamView.of(teams.get(organization, team));
  }

  /** Renames the team to the body's {@code team}. */
  @PUT
  @Path("{team}/")
  public TeamView rename(@PathParam("team") String team, RequestFields body) {
    var caller = currentUser.require();
    teams.requireAdmin(caller, organization);
    String newName = fields(body).requiredText("team");
    return TeamView.of(teams.rename(caller, organization, team, newName));
  }

  /** QFieldCloud refuses PATCH on teams; renaming is a PUT (the SDK sends PUT). */
  @PATCH
  @Path("{team}/")
  public Response patch(@PathParam("team") String team) {
    currentUser.require();
    throw new ApiException(ErrorCode.PERMISSION_DENIED, "Rename a team with PUT.");
  }

  @DELETE
  @Path("{team}/")
  public Response delete(@PathParam("team") String team) {
    teams.delete(currentUser.require(), organization, team);
    return Response.noContent().build();
  }

  @GET
  @Path("{team}/members/")
  public List<TeamMemberView> members(@PathParam("team") String team) {
    currentUser.require();
    return teams.members(organization, team).stream()
        .map(m -> new TeamMemberView(m.getMember().getUsername()))
        .toList();
  }

  /** Adds a person named by username or e-mail in {@code member}. */
  @POST
  @Path("{team}/members/")
  public Response addMember(@PathParam("team") String team, RequestFields body) {
    var caller = currentUser.require();
    teams.requireAdmin(caller, organization);
    var member = teams.addMember(caller, organization, team, fields(body).requiredText("member"));
    return Response.status(Response.Status.CREATED)
        .entity(new TeamMemberView(member.getMember().getUsername()))
        .build();
  }

  @DELETE
  @Path("{team}/members/{username}/")
  public Response removeMember(
      @PathParam("team") String team, @PathParam("username") String username) {
    teams.removeMember(currentUser.require(), organization, team, username);
    return Response.noContent().build();
  }

  private static RequestFields fields(RequestFields body) {
    return body == null ? RequestFields.empty() : body;
  }
}

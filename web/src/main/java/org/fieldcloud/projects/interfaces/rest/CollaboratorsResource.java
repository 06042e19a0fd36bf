package org.fieldcloud.projects.interfaces.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.projects.application.CollaboratorService;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/** The collaborators of a project (api.md 5.7); admins and managers only. */
@Path("collaborators/{projectid}/")
@Produces(MediaType.APPLICATION_JSON)
public class CollaboratorsResource {

  @EJB CollaboratorService collaborators;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @PathParam("projectid")
  String projectId;

  @GET
  public Response list() {
    return PagedResponses.ok(
        collaborators
            .list(projectId, currentUser.require(), PageParameters.from(uri.getQueryParameters()))
            .map(CollaboratorView::of),
        uri);
  }

  @POST
  public Response add(RequestFields body) {
    RequestFields f = body == null ? RequestFields.empty() : body;
    var row =
        collaborators.add(
            projectId, currentUser.require(), f.requiredText("collaborator"), f.text("role"));
    return Response.status(Response.Status.CREATED).entity(CollaboratorView.of(row)).build();
  }

  @GET
  @Path("{username}/")
  public CollaboratorView get(@PathParam("username") String username) {
    return CollaboratorView.of(collaborators.get(projectId, currentUser.require(), username));
  }

  @PUT
  @Path("{username}/")
  public CollaboratorView replace(@PathParam("username") String username, RequestFields body) {
    return change(username, body);
  }

  @PATCH
  @Path("{username}/")
  public CollaboratorView patch(@PathParam("username") String username, RequestFields body) {
    return change(username, body);
  }

  @DELETE
  @Path("{username}/")
  public Response remove(@PathParam("username") String username) {
    collaborators.remove(projectId, currentUser.require(), username);
    return Response.noContent().build();
  }

  private CollaboratorView change(String username, RequestFields body) {
    RequestFields f = body == null ? RequestFields.empty() : body;
    return CollaboratorView.of(
        collaborators.changeRole(projectId, currentUser.require(), username, f.text("role")));
  }
}

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.fieldcloud.accounts.application.MembershipService;
import org.fieldcloud.accounts.domain.model.OrganizationRole;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/**
 * Organization members (api.md 5.4). Any authenticated user may read them; only the owner and the
 * organization's admins may change them.
 */
@Path("members/{organization}")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @EJB MembershipService members;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @PathParam("organization")
  String organization;

  @GET
  public Response list() {
    currentUser.require();
    return PagedResponses.ok(
        members
            .list(organization, PageParameters.from(uri.getQueryParameters()))
            .map(MemberView::of),
        uri);
  }

  @POST
  public Response add(RequestFields body) {
    var caller = currentUser.require();
    members.requireAdmin(caller, organization);
    RequestFields fields = body == null ? RequestFields.empty() : body;
    var member =
        members.add(
            caller,
            organization,
            fields.requiredText("member"),
            role(fields).orElse(OrganizationRole.MEMBER),
            fields.bool("is_public").orElse(false));
    return Response.status(Response.Status.CREATED).entity(MemberView.of(member)).build();
  }

  @GET
  @Path("{username}/")
  public MemberView get(@PathParam("username") String username) {
    currentUser.require();
    return MemberView.of(members.get(organization, username));
  }

  @PUT
  @Path("{username}/")
  public MemberView replace(@PathParam("username") String username, RequestFields body) {
    return change(username, body);
  }

  @PATCH
  @Path("{username}/")
  public MemberView patch(@PathParam("username") String username, RequestFields body) {
    return change(username, body);
  }

  @DELETE
  @Path("{username}/")
  public Response remove(@PathParam("username") String username) {
    members.remove(currentUser.require(), organization, username);
    return Response.noContent().build();
  }

  private MemberView change(String username, RequestFields body) {
    var caller = currentUser.require();
    members.requireAdmin(caller, organization);
    RequestFields fields = body == null ? RequestFields.empty() : body;
    return MemberView.of(
        members.change(caller, organization, username, role(fields), fields.bool("is_public")));
  }

  private static Optional<OrganizationRole> role(RequestFields fields) {
    return fields
        .text("role")
        .map(
            value ->
                OrganizationRole.parse(value)
                    .orElseThrow(
                        () ->
                            new ApiException(
                                ErrorCode.API_ERROR,
                                400,
                                "'role' must be admin, creator or member, not '" + value + "'.")));
  }
}

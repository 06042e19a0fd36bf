package org.fieldcloud.projects.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.projects.application.ProjectAccess;
import org.fieldcloud.projects.application.ProjectCatalog;
import org.fieldcloud.projects.application.ProjectChanges;
import org.fieldcloud.projects.application.ProjectListQuery;
import org.fieldcloud.projects.application.ProjectService;
import org.fieldcloud.projects.application.ProjectSummary;
import org.fieldcloud.projects.application.ThumbnailService;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.domain.Page;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/**
 * Projects (api.md 5.6): the caller's list, the public list, create, read, change, delete, and the
 * thumbnail upload.
 */
@Path("projects/")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

  @EJB ProjectCatalog catalog;
  @EJB ProjectService projects;
  @EJB ProjectAccess access;
  @EJB ThumbnailService thumbnails;
  @Inject ProjectViews views;
  @Inject ProjectListResponses listResponses;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  @GET
  public Response list() {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    var listQuery =
        new ProjectListQuery(
            blankToNull(query.getFirst("name")),
            blankToNull(query.getFirst("owner")),
            searchTerms(query.getFirst("search")),
            includePublic(query),
            false,
            ordering(query.getFirst("ordering")));
    return page(listQuery);
  }

  @GET
  @Path("public/")
  public Response listPublic() {
    var listQuery =
        new ProjectListQuery(
            null,
            null,
            List.of(),
            true,
            true,
            ordering(uri.getQueryParameters().getFirst("ordering")));
    return page(listQuery);
  }

  @POST
  public Response create(RequestFields body) {
    var caller = currentUser.require();
    var project = projects.create(caller, changes(body));
    return Response.status(Response.Status.CREATED).entity(views.created(project)).build();
  }

  @GET
  @Path("{projectid}/")
  public ProjectView get(@PathParam("projectid") String projectId) {
    var granted = access.require(projectId, currentUser.require(), ProjectAction.RETRIEVE_PROJECT);
    return views.of(granted.project(), granted.role());
  }

  @PUT
  @Path("{projectid}/")
  public ProjectView replace(@PathParam("projectid") String projectId, RequestFields body) {
    return update(projectId, body, true);
  }

  @PATCH
  @Path("{projectid}/")
  public ProjectView patch(@PathParam("projectid") String projectId, RequestFields body) {
    return update(projectId, body, false);
  }

  @DELETE
  @Path("{projectid}/")
  public Response delete(@PathParam("projectid") String projectId) {
    projects.delete(projectId, currentUser.require());
    return Response.noContent().build();
  }

  @POST
  @Path("{projectid}/thumbnail/")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @PathParam("projectid") String projectId, @FormParam("thumbnail") EntityPart part)
      throws IOException {
    var caller = currentUser.require();
    if (part != null) {
      try (InputStream in = part.getContent()) {
        thumbnails.upload(projectId, caller, part.getFileName().orElse(""), in);
      }
    }
    return Response.noContent().build();
  }

  private ProjectView update(String projectId, RequestFields body, boolean full) {
    var caller = currentUser.require();
    var project = projects.update(projectId, caller, changes(body), full);
    var granted = access.require(project.getId().toString(), caller, ProjectAction.ACCESS_PROJECT);
    return views.of(granted.project(), granted.role());
  }

  private Response page(ProjectListQuery query) {
    var caller = currentUser.require();
    var pageRequest = PageParameters.from(uri.getQueryParameters());
    if (pageRequest.isEmpty()) {
      return Response.ok(listResponses.unpaged(caller, query)).build();
    }
    Page<ProjectSummary> page = catalog.list(caller, query, pageRequest);
    return PagedResponses.ok(page, listResponses.json(page.items()), uri);
  }

  private static ProjectChanges changes(RequestFields body) {
    RequestFields f = body == null ? RequestFields.empty() : body;
    return new ProjectChanges(
        f.text("name").orElse(null),
        f.text("owner").orElse(null),
        f.text("description").orElse(null),
        f.bool("is_public").orElse(null),
        f.text("private").filter(v -> !v.isBlank()).isPresent()
            ? f.bool("private").orElse(null)
            : null,
        f.text("project_type").orElse(null),
        f.bool("is_featured").orElse(null),
        f.bool("is_attachment_download_on_demand").orElse(null),
        f.bool("has_restricted_projectfiles").orElse(null),
        f.bool("overwrite_conflicts").orElse(null));
  }

  /**
   * Only the exact value 1 includes public projects; 0 or absent excludes; anything else is 400.
   */
  private static boolean includePublic(MultivaluedMap<String, String> query) {
    String value = query.getFirst("include_public");
    if (value != null) {
      return switch (value) {
        case "1" -> true;
        case "0", "" -> false;
        default ->
            throw new ApiException(
                ErrorCode.API_ERROR, 400, "include_public must be 0 or 1, not '" + value + "'.");
      };
    }
    return "1".equals(query.getFirst("include-public"));
  }

  private static List<String> searchTerms(String search) {
    if (search == null) {
      return List.of();
    }
    return Arrays.stream(search.split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
  }

  private static List<String> ordering(String ordering) {
    if (ordering == null || ordering.isBlank()) {
      return List.of();
    }
    return Arrays.stream(ordering.split(","))
        .map(String::strip)
        .filter(
            t -> ProjectListQuery.ORDERING_FIELDS.contains(t.startsWith("-") ? t.substring(1) : t))
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

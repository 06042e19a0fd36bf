package org.fieldcloud.jobs.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.jobs.application.JobCreation;
import org.fieldcloud.jobs.application.JobCreation.Requested;
import org.fieldcloud.jobs.application.JobQueries;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.PageParameters;
import org.fieldcloud.shared.interfaces.rest.PagedResponses;
import org.fieldcloud.shared.interfaces.rest.RequestFields;

/** Jobs of a project (api.md 5.11): list, trigger, status. */
@Path("jobs/")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  @EJB JobQueries queries;
  @EJB JobCreation creation;
  @Inject CurrentUser currentUser;
  @Context UriInfo uri;

  /** The documented {@code type} filter is ignored, as in the reference. */
  @GET
  public Response list(@QueryParam("project_id") String projectId) {
    return PagedResponses.ok(
        queries
            .list(projectId, currentUser.require(), PageParameters.from(uri.getQueryParameters()))
            .map(JobListItemView::of),
        uri);
  }

  @POST
  public Response create(RequestFields body) {
    RequestFields f = body == null ? RequestFields.empty() : body;
    Requested requested =
        creation.request(
            f.text("project_id").orElse(null),
            currentUser.require(),
            f.text("type").orElse(null),
            force(f));
    return Response.status(requested.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(JobView.of(requested.job()))
        .build();
  }

  @GET
  @Path("{jobid}/")
  public JobView get(@PathParam("jobid") String jobId) {
    return JobView.of(queries.get(jobId, currentUser.require()));
  }

  /**
   * {@code force}: the SDK sends 0 or 1; the reference parses it with int(). Booleans in words are
   * accepted too; anything else is 400 (the reference answers 500).
   */
  private static boolean force(RequestFields f) {
    String value = f.text("force").map(String::strip).orElse("0");
    try {
      return Integer.parseInt(value) != 0;
    } catch (NumberFormatException e) {
      return f.bool("force")
          .orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_ERROR, "force must be 0 or 1."));
    }
  }
}

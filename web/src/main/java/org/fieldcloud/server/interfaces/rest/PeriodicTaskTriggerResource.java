package org.fieldcloud.server.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.accounts.interfaces.rest.CurrentUser;
import org.fieldcloud.shared.application.periodic.PeriodicTaskDue.Kind;
import org.fieldcloud.shared.application.periodic.PeriodicTasks;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * TEST SERVERS ONLY: {@code POST test/periodic-tasks/<task>/} runs a periodic task now (tasks:
 * {@code obsolete-packages}, {@code old-file-versions}, {@code job-outputs}) and answers when it is
 * done, so integration tests see its effect without waiting for its hour. Staff only, and only when
 * {@code fieldcloud.periodic-tasks.test-trigger-enabled} is true ({@code ./fieldcloud test} sets
 * it); otherwise the path does not exist (404), as on every production server.
 */
@Path("test/periodic-tasks/{task}/")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodicTaskTriggerResource {

  @EJB PeriodicTasks tasks;
  @Inject CurrentUser currentUser;

  /** What ran, and when it ended. */
  public record TaskRun(String task, OffsetDateTime finishedAt) {}

  @POST
  public TaskRun run(@PathParam("task") String task) {
    if (!tasks.testTriggerEnabled()) {
      throw new NotFoundException();
    }
    AuthenticatedUser caller = currentUser.require();
    if (!caller.staff()) {
      throw new ApiException(ErrorCode.PERMISSION_DENIED, "Only staff users may run tasks.");
    }
    Kind kind =
        Kind.ofSlug(task)
            .orElseThrow(
                () ->
                    new ApiException(ErrorCode.OBJECT_NOT_FOUND, "No periodic task " + task + "."));
    tasks.run(kind);
    return new TaskRun(kind.slug(), OffsetDateTime.now(ZoneOffset.UTC));
  }
}

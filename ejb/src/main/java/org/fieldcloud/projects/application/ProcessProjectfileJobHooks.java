package org.fieldcloud.projects.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.fieldcloud.jobs.application.JobHooks;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The server's part of process_projectfile (jobs.md 5.2): the project details the worker read
 * become the project's, which makes its status {@code ok}; a failed run clears them, which makes it
 * {@code failed}.
 */
@ApplicationScoped
public class ProcessProjectfileJobHooks implements JobHooks {

  @Override
  public JobType type() {
    return JobType.PROCESS_PROJECTFILE;
  }

  @Override
  public void afterSuccess(Job job, JsonObject feedback) {
    Project project = job.getProject();
    JsonValue details = projectDetails(feedback);
    project.setProjectDetails(details == null ? null : details.toString());
    if (project.getQgisVersion() == null
        && details != null
        && details.asJsonObject().get("qgis_version") instanceof JsonString version
        && !version.getString().isBlank()) {
      // Only where the upload could not read it from the file (jobs.md 2.7).
      project.setQgisVersion(truncate(version.getString(), 100));
    }
  }

  @Override
  public void afterFailure(Job job, JsonObject feedback) {
    job.getProject().setProjectDetails(null);
  }

  /** {@code outputs.project_details.project_details}, when it is an object. */
  static JsonValue projectDetails(JsonObject feedback) {
    if (feedback == null) {
      return null;
    }
    JsonValue outputs = feedback.get("outputs");
    if (!(outputs instanceof JsonObject byStep)
        || !(byStep.get("project_details") instanceof JsonObject step)
        || !(step.get("project_details") instanceof JsonObject details)) {
      return null;
    }
    return details;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

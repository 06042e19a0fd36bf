package org.fieldcloud.projects.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.packages.application.FeedbackFixtures;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectDetails;
import org.fieldcloud.projects.domain.model.ProjectStatus;
import org.junit.jupiter.api.Test;

class ProcessProjectfileJobHooksTest {

  private final ProcessProjectfileJobHooks hooks = new ProcessProjectfileJobHooks();

  @Test
  void projectDetailsAreReadFromTheFeedbackOutputs() {
    var feedback = FeedbackFixtures.json("process_projectfile_simple_bee_farming.json");
    var details = ProcessProjectfileJobHooks.projectDetails(feedback).asJsonObject();
    assertEquals("EPSG:3857", details.getString("crs"));
    assertEquals(3, details.getJsonObject("layers_by_id").size());
    assertNull(ProcessProjectfileJobHooks.projectDetails(null));
    assertNull(
        ProcessProjectfileJobHooks.projectDetails(
            Json.createObjectBuilder().add("outputs", Json.createObjectBuilder()).build()));
  }

  @Test
  void successStoresTheDetailsAndFailureClearsThem() {
    Project project = new Project("p", null, null);
    project.setTheQgisFileName("simple_bee_farming.qgs");
    Job job = new Job(project, JobType.PROCESS_PROJECTFILE, null, null);

    hooks.afterSuccess(job, FeedbackFixtures.json("process_projectfile_simple_bee_farming.json"));
    assertEquals(
        java.util.Optional.of(false),
        ProjectDetails.of(project).orElseThrow().hasOnlineVectorData());
    assertEquals(ProjectStatus.OK, ProjectStatus.of(project, false));
    assertEquals("3.11.0", project.getQgisVersion(), "backfilled from the details");

    project.setQgisVersion("3.44.0-Solothurn");
    hooks.afterSuccess(job, FeedbackFixtures.json("process_projectfile_simple_bee_farming.json"));
    assertEquals("3.44.0-Solothurn", project.getQgisVersion(), "the upload's value stays");

    hooks.afterFailure(job, null);
    assertNull(project.getProjectDetails());
    assertEquals(ProjectStatus.FAILED, ProjectStatus.of(project, false));
  }
}

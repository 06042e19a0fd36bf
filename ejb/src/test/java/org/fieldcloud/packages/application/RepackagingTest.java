package org.fieldcloud.packages.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.fieldcloud.jobs.domain.model.JobStatus;
import org.fieldcloud.packages.infrastructure.persistence.PackageJobs.LatestPackageJob;
import org.fieldcloud.projects.domain.model.Project;
import org.junit.jupiter.api.Test;

class RepackagingTest {

  private static final OffsetDateTime UPDATED = OffsetDateTime.parse("2026-01-01T10:00:00Z");

  private static Project fileOnlyProject() {
    Project project = new Project("p", null, null);
    project.setProjectDetails(
        FeedbackFixtures.json("process_projectfile_simple_bee_farming.json")
            .getJsonObject("outputs")
            .getJsonObject("project_details")
            .getJsonObject("project_details")
            .toString());
    project.setDataLastUpdatedAt(UPDATED);
    project.setDataLastPackagedAt(UPDATED.plusMinutes(1));
    return project;
  }

  private static LatestPackageJob finished(OffsetDateTime at) {
    return new LatestPackageJob(JobStatus.FINISHED, at);
  }

  @Test
  void fileOnlyProjectPackagedAfterTheLastChangeNeedsNoNewPackage() {
    assertFalse(Repackaging.needed(fileOnlyProject(), finished(UPDATED.plusMinutes(2))));
    assertFalse(Repackaging.needed(fileOnlyProject(), finished(UPDATED)));
  }

  @Test
  void anyChangeAfterThePackageOrAnUnusablePackageNeedsOne() {
    assertTrue(Repackaging.needed(fileOnlyProject(), finished(UPDATED.minusSeconds(1))));
    assertTrue(Repackaging.needed(fileOnlyProject(), null));
    assertTrue(
        Repackaging.needed(
            fileOnlyProject(), new LatestPackageJob(JobStatus.FAILED, UPDATED.plusMinutes(2))));
    assertTrue(
        Repackaging.needed(fileOnlyProject(), new LatestPackageJob(JobStatus.STARTED, null)));
    Project neverPackaged = fileOnlyProject();
    neverPackaged.setDataLastPackagedAt(null);
    assertTrue(Repackaging.needed(neverPackaged, finished(UPDATED.plusMinutes(2))));
  }

  @Test
  void onlineOrUnknownDataAlwaysNeedsOne() {
    Project online = fileOnlyProject();
    online.setProjectDetails(
        "{\"layers_by_id\": {\"l\": {\"type_name\": \"Vector\", \"provider_name\": \"postgres\"}}}");
    assertTrue(Repackaging.needed(online, finished(UPDATED.plusMinutes(2))));
    Project unprocessed = fileOnlyProject();
    unprocessed.setProjectDetails(null);
    assertTrue(Repackaging.needed(unprocessed, finished(UPDATED.plusMinutes(2))));
  }
}

package org.fieldcloud.packages.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.OffsetDateTime;
import org.fieldcloud.jobs.domain.model.Job;
import org.fieldcloud.jobs.domain.model.JobType;
import org.fieldcloud.projects.domain.model.Project;
import org.junit.jupiter.api.Test;

class PackageJobHooksTest {

  @Test
  void packagedAtIsWhenTheJobStartedNotWhenItEnded() {
    Job job = new Job(new Project("p", null, null), JobType.PACKAGE, null, null);
    job.markStarted();
    OffsetDateTime started = job.getStartedAt();
    job.recordContainer("c", started.plusSeconds(5));
    assertEquals(started, PackageJobHooks.snapshotTime(job));
  }

  @Test
  void withoutAStartTimeTheContainerStartOrNowIsUsed() {
    Job job = new Job(new Project("p", null, null), JobType.PACKAGE, null, null);
    assertNotNull(PackageJobHooks.snapshotTime(job));
    OffsetDateTime container = OffsetDateTime.parse("2026-01-01T10:00:00Z");
    job.recordContainer("c", container);
    assertEquals(container, PackageJobHooks.snapshotTime(job));
  }
}

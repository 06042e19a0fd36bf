package org.fieldcloud.projects.domain.model;

import java.util.Locale;

/**
 * Whether a project can be used by QField right now (api.md 6.3, jobs.md 2.2). Computed, never
 * stored: {@code busy} while a job of the project is pending, queued or started.
 */
public enum ProjectStatus {
  OK,
  BUSY,
  FAILED;

  public static ProjectStatus of(Project project, boolean busy) {
    if (busy) {
      return BUSY;
    }
    boolean processed = project.getTheQgisFileName() != null && project.getProjectDetails() != null;
    if (!processed && project.getProjectType() != ProjectType.SHARED_DATASETS) {
      return FAILED;
    }
    return OK;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

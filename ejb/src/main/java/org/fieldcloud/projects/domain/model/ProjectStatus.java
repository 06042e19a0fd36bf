package org.fieldcloud.projects.domain.model;

import java.util.Locale;

/**
 * Whether a project can be used by QField right now (api.md 6.3). Computed, never stored. The
 * {@code busy} state (a job pending or running) joins when the job queue exists.
 */
public enum ProjectStatus {
  OK,
  BUSY,
  FAILED;

  /**
   * @param busy whether a job of the project is pending, queued or started
   */
  public static ProjectStatus of(Project project, boolean busy) {
    return of(
        project.getProjectType(),
        project.getTheQgisFileName() != null && project.getProjectDetails() != null,
        busy);
  }

  /**
   * @param processed whether the project has its QGIS file name and project details
   * @param busy whether a job of the project is pending, queued or started
   */
  public static ProjectStatus of(ProjectType type, boolean processed, boolean busy) {
    if (busy) {
      return BUSY;
    }
    if (!processed && type != ProjectType.SHARED_DATASETS) {
      return FAILED;
    }
    return OK;
  }

  private final String wireName = name().toLowerCase(Locale.ROOT);

  public String wireName() {
    return wireName;
  }
}

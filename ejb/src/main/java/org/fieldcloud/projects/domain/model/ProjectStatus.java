package org.fieldcloud.projects.domain.model;

import java.util.Locale;

/**
 * Whether a project can be used by QField right now (api.md 6.3). Computed, never stored: {@code
 * busy} while a job is pending or running, {@code failed} while the QGIS file is missing or not
 * (successfully) processed, except for the shared-datasets project, which has no QGIS file.
 */
public enum ProjectStatus {
  OK,
  BUSY,
  FAILED;

  /**
   * @param busy whether a job of the project is pending, queued or started
   */
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

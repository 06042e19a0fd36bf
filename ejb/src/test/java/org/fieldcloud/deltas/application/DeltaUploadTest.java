package org.fieldcloud.deltas.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fieldcloud.projects.domain.model.EffectiveRole;
import org.fieldcloud.projects.domain.model.ProjectRole;
import org.fieldcloud.projects.domain.model.RoleOrigin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code can_create_delta} (jobs.md 3.3): a reporter may only add features. */
class DeltaUploadTest {

  @ParameterizedTest
  @CsvSource({
    "ADMIN, patch, true",
    "MANAGER, delete, true",
    "EDITOR, patch, true",
    "EDITOR, delete, true",
    "REPORTER, create, true",
    "REPORTER, patch, false",
    "REPORTER, delete, false"
  })
  void aReporterMayOnlyCreate(ProjectRole role, String method, boolean allowed) {
    assertEquals(
        allowed,
        DeltaUpload.mayCreate(new EffectiveRole(role, RoleOrigin.COLLABORATOR, true), method));
  }
}

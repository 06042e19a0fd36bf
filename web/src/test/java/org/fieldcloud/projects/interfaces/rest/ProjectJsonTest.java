package org.fieldcloud.projects.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.fieldcloud.shared.interfaces.rest.ApiDateTimes;
import org.junit.jupiter.api.Test;

/**
 * Projects are written exactly as JSON-B wrote them before (responses captured from the server).
 */
class ProjectJsonTest {

  private static final ApiDateTimes UTC = new ApiDateTimes(ZoneId.of("UTC"));

  @Test
  void aProjectWithEveryFieldSet() throws IOException {
    var project =
        new ProjectView(
            UUID.fromString("9361b289-d9eb-4152-9fed-b1d99a3dbb40"),
            "team-3",
            "regular",
            "org-team",
            "multi\nline ünï",
            true,
            false,
            OffsetDateTime.parse("2026-11-28T06:58:56.467084Z"),
            OffsetDateTime.parse("2026-11-28T06:58:56.467084Z"),
            OffsetDateTime.parse("2026-11-28T07:10:08.164736Z"),
            OffsetDateTime.parse("2026-11-27T08:10:08.164736+01:00"),
            OffsetDateTime.parse("2020-01-02T03:04:05.1+02:00"),
            true,
            true,
            "busy",
            "reporter",
            "team_member",
            null,
            false,
            true,
            false,
            false,
            true,
            1234567890123L,
            "a b \"q\".qgs");
    assertEquals(
        "{\"id\":\"9361b289-d9eb-4152-9fed-b1d99a3dbb40\",\"name\":\"team-3\","
            + "\"project_type\":\"regular\",\"owner\":\"org-team\","
            + "\"description\":\"multi\\nline ünï\",\"private\":true,\"is_public\":false,"
            + "\"created_at\":\"2026-11-28T06:58:56.467084Z\","
            + "\"updated_at\":\"2026-11-28T06:58:56.467084Z\","
            + "\"data_last_packaged_at\":\"2026-11-28T07:10:08.164736Z\","
            + "\"data_last_updated_at\":\"2026-11-27T07:10:08.164736Z\","
            + "\"restricted_data_last_updated_at\":\"2020-01-02T01:04:05.100000Z\","
            + "\"can_repackage\":true,\"needs_repackaging\":true,\"status\":\"busy\","
            + "\"user_role\":\"reporter\",\"user_role_origin\":\"team_member\","
            + "\"shared_datasets_project_id\":null,\"is_shared_datasets_project\":false,"
            + "\"is_featured\":true,\"is_attachment_download_on_demand\":false,"
            + "\"has_restricted_projectfiles\":false,\"overwrite_conflicts\":true,"
            + "\"file_storage_bytes\":1234567890123,\"the_qgis_file_name\":\"a b \\\"q\\\".qgs\"}",
        written(project));
  }

  @Test
  void theCreateResponseLeavesTheRoleOut() throws IOException {
    var project =
        new ProjectView(
            UUID.fromString("40369f19-0b8c-409f-8cfe-37e8205e0f26"),
            "refcreate",
            "regular",
            "reader",
            "dé \"q\" \\ \u0001 ✓",
            true,
            false,
            OffsetDateTime.parse("2026-11-28T07:09:56.711721Z"),
            OffsetDateTime.parse("2026-11-28T07:09:56.711721Z"),
            null,
            null,
            null,
            true,
            true,
            "failed",
            null,
            null,
            null,
            false,
            false,
            false,
            false,
            true,
            0,
            null);
    String expected =
        "{\"id\":\"40369f19-0b8c-409f-8cfe-37e8205e0f26\",\"name\":\"refcreate\","
            + "\"project_type\":\"regular\",\"owner\":\"reader\","
            + "\"description\":\"dé \\\"q\\\" \\\\ \\u0001 ✓\",\"private\":true,"
            + "\"is_public\":false,\"created_at\":\"2026-11-28T07:09:56.711721Z\","
            + "\"updated_at\":\"2026-11-28T07:09:56.711721Z\",\"data_last_packaged_at\":null,"
            + "\"data_last_updated_at\":null,\"restricted_data_last_updated_at\":null,"
            + "\"can_repackage\":true,\"needs_repackaging\":true,\"status\":\"failed\","
            + "\"shared_datasets_project_id\":null,\"is_shared_datasets_project\":false,"
            + "\"is_featured\":false,\"is_attachment_download_on_demand\":false,"
            + "\"has_restricted_projectfiles\":false,\"overwrite_conflicts\":true,"
            + "\"file_storage_bytes\":0,\"the_qgis_file_name\":null}";
    assertEquals(expected, written(project));
    var out = new ByteArrayOutputStream();
    ProjectJson.write(List.of(project, project), out, UTC);
    assertEquals("[" + expected + "," + expected + "]", out.toString(StandardCharsets.UTF_8));
    out.reset();
    ProjectJson.write(List.of(), out, UTC);
    assertEquals("[]", out.toString(StandardCharsets.UTF_8));
  }

  private static String written(ProjectView project) throws IOException {
    var out = new ByteArrayOutputStream();
    ProjectJson.write(project, out, UTC);
    return out.toString(StandardCharsets.UTF_8);
  }
}

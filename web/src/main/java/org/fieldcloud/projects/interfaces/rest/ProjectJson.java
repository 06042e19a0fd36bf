package org.fieldcloud.projects.interfaces.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.fieldcloud.shared.interfaces.rest.ApiDateTimes;
import org.fieldcloud.shared.interfaces.rest.Utf8JsonWriter;

/**
 * The JSON of a project (api.md 6.3): its field names, their order, and explicit nulls. Written
 * straight to the response as UTF-8: JSON-B built the whole body as one string first and looked up
 * a serializer for every field of every project, which for a list of a thousand projects was most
 * of the cost of the request (docs/benchmarks.md, projects-list). {@code user_role} and {@code
 * user_role_origin} are left out when the view has no role (the create response), as QFieldCloud
 * does.
 */
final class ProjectJson {

  private static final byte[] ID = Utf8JsonWriter.name("id");
  private static final byte[] NAME = Utf8JsonWriter.name("name");
  private static final byte[] PROJECT_TYPE = Utf8JsonWriter.name("project_type");
  private static final byte[] OWNER = Utf8JsonWriter.name("owner");
  private static final byte[] DESCRIPTION = Utf8JsonWriter.name("description");
  private static final byte[] PRIVATE = Utf8JsonWriter.name("private");
  private static final byte[] IS_PUBLIC = Utf8JsonWriter.name("is_public");
  private static final byte[] CREATED_AT = Utf8JsonWriter.name("created_at");
  private static final byte[] UPDATED_AT = Utf8JsonWriter.name("updated_at");
  private static final byte[] DATA_LAST_PACKAGED_AT = Utf8JsonWriter.name("data_last_packaged_at");
  private static final byte[] DATA_LAST_UPDATED_AT = Utf8JsonWriter.name("data_last_updated_at");
  private static final byte[] RESTRICTED_DATA_LAST_UPDATED_AT =
      Utf8JsonWriter.name("restricted_data_last_updated_at");
  private static final byte[] CAN_REPACKAGE = Utf8JsonWriter.name("can_repackage");
  private static final byte[] NEEDS_REPACKAGING = Utf8JsonWriter.name("needs_repackaging");
  private static final byte[] STATUS = Utf8JsonWriter.name("status");
  private static final byte[] USER_ROLE = Utf8JsonWriter.name("user_role");
  private static final byte[] USER_ROLE_ORIGIN = Utf8JsonWriter.name("user_role_origin");
  private static final byte[] SHARED_DATASETS_PROJECT_ID =
      Utf8JsonWriter.name("shared_datasets_project_id");
  private static final byte[] IS_SHARED_DATASETS_PROJECT =
      Utf8JsonWriter.name("is_shared_datasets_project");
  private static final byte[] IS_FEATURED = Utf8JsonWriter.name("is_featured");
  private static final byte[] IS_ATTACHMENT_DOWNLOAD_ON_DEMAND =
      Utf8JsonWriter.name("is_attachment_download_on_demand");
  private static final byte[] HAS_RESTRICTED_PROJECTFILES =
      Utf8JsonWriter.name("has_restricted_projectfiles");
  private static final byte[] OVERWRITE_CONFLICTS = Utf8JsonWriter.name("overwrite_conflicts");
  private static final byte[] FILE_STORAGE_BYTES = Utf8JsonWriter.name("file_storage_bytes");
  private static final byte[] THE_QGIS_FILE_NAME = Utf8JsonWriter.name("the_qgis_file_name");

  private ProjectJson() {}

  static void write(ProjectView project, OutputStream out, ApiDateTimes times) throws IOException {
    try {
      var json = new Utf8JsonWriter(out);
      write(json, project, times);
      json.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void write(List<ProjectView> projects, OutputStream out, ApiDateTimes times)
      throws IOException {
    try {
      var json = new Utf8JsonWriter(out);
      json.startArray();
      for (ProjectView project : projects) {
        write(json, project, times);
      }
      json.endArray();
      json.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(Utf8JsonWriter json, ProjectView p, ApiDateTimes times) {
    json.startObject()
        .field(ID, text(p.id()))
        .field(NAME, p.name())
        .field(PROJECT_TYPE, p.projectType())
        .field(OWNER, p.owner())
        .field(DESCRIPTION, p.description())
        .field(PRIVATE, p.isPrivate())
        .field(IS_PUBLIC, p.isPublic())
        .field(CREATED_AT, times.format(p.createdAt()))
        .field(UPDATED_AT, times.format(p.updatedAt()))
        .field(DATA_LAST_PACKAGED_AT, times.format(p.dataLastPackagedAt()))
        .field(DATA_LAST_UPDATED_AT, times.format(p.dataLastUpdatedAt()))
        .field(RESTRICTED_DATA_LAST_UPDATED_AT, times.format(p.restrictedDataLastUpdatedAt()))
        .field(CAN_REPACKAGE, p.canRepackage())
        .field(NEEDS_REPACKAGING, p.needsRepackaging())
        .field(STATUS, p.status());
    if (p.userRole() != null) {
      json.field(USER_ROLE, p.userRole());
    }
    if (p.userRoleOrigin() != null) {
      json.field(USER_ROLE_ORIGIN, p.userRoleOrigin());
    }
    json.field(SHARED_DATASETS_PROJECT_ID, text(p.sharedDatasetsProjectId()))
        .field(IS_SHARED_DATASETS_PROJECT, p.isSharedDatasetsProject())
        .field(IS_FEATURED, p.isFeatured())
        .field(IS_ATTACHMENT_DOWNLOAD_ON_DEMAND, p.isAttachmentDownloadOnDemand())
        .field(HAS_RESTRICTED_PROJECTFILES, p.hasRestrictedProjectfiles())
        .field(OVERWRITE_CONFLICTS, p.overwriteConflicts())
        .field(FILE_STORAGE_BYTES, p.fileStorageBytes())
        .field(THE_QGIS_FILE_NAME, p.theQgisFileName())
        .endObject();
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}

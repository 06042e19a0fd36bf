package org.fieldcloud.files.domain.model;

import java.util.UUID;

/**
 * Fired synchronously inside the delete transaction when the project's QGIS file was deleted (the
 * project's {@code the_qgis_file_name} is now null).
 *
 * @param projectId the project
 * @param deleterId the person who deleted the file
 * @param fileName the deleted file's path inside the project
 */
public record ProjectFileDeleted(UUID projectId, long deleterId, String fileName) {}

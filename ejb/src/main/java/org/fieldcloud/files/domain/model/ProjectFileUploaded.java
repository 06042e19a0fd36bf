package org.fieldcloud.files.domain.model;

import java.util.UUID;

/**
 * Fired synchronously inside the upload transaction once a new version of a project file is stored.
 * The jobs context observes it to queue {@code process_projectfile} (jobs.md 3.2).
 *
 * @param projectId the project
 * @param uploaderId the person who uploaded
 * @param fileName the file's path inside the project
 * @param isQgisFile whether the file is the project's QGIS file ({@code .qgs}/{@code .qgz})
 * @param inAttachmentDir whether the file lies in an attachment folder such as {@code DCIM/}
 */
public record ProjectFileUploaded(
    UUID projectId,
    long uploaderId,
    String fileName,
    boolean isQgisFile,
    boolean inAttachmentDir) {}

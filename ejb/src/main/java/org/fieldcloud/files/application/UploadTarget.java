package org.fieldcloud.files.application;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.fieldcloud.files.domain.model.FileName;

/**
 * Where an authorized upload goes: decided before any byte is read, so the object key of the new
 * version is known while it streams.
 *
 * @param projectId the project
 * @param name the file name from the URL
 * @param versionId the id of the version to create
 * @param uploadedAt the version's upload time (part of its key)
 * @param key the object key of the version
 */
public record UploadTarget(
    UUID projectId, FileName name, UUID versionId, OffsetDateTime uploadedAt, String key) {}

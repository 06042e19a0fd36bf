package org.fieldcloud.packages.application;

import java.time.OffsetDateTime;

/**
 * A file of the latest package as it is listed and served (api.md 6.7 File): a package file or an
 * attachment from the project files.
 *
 * @param name path inside the project
 * @param size bytes
 * @param uploadedAt when the file was first stored
 * @param attachment whether it lies under an attachment folder
 * @param etag S3-style ETag, unquoted (the File's {@code md5sum})
 * @param sha256 hex SHA-256
 * @param lastModified when this content was stored
 * @param objectKey where the content is in the object storage
 */
public record ListedFile(
    String name,
    long size,
    OffsetDateTime uploadedAt,
    boolean attachment,
    String etag,
    String sha256,
    OffsetDateTime lastModified,
    String objectKey) {}

package org.fieldcloud.packages.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.fieldcloud.files.interfaces.rest.FileVersionView;
import org.fieldcloud.packages.application.ListedFile;

/**
 * A file of the latest package (api.md 6.7 File, without versions). {@code md5sum} is the S3-style
 * ETag QField compares with its own to skip unchanged files.
 */
@JsonbPropertyOrder({
  "name",
  "size",
  "uploadedAt",
  "isAttachment",
  "md5sum",
  "lastModified",
  "sha256"
})
public record PackageFileView(
    String name,
    long size,
    OffsetDateTime uploadedAt,
    boolean isAttachment,
    String md5sum,
    String lastModified,
    String sha256) {

  public static PackageFileView of(ListedFile file) {
    return new PackageFileView(
        file.name(),
        file.size(),
        file.uploadedAt(),
        file.attachment(),
        file.etag(),
        FileVersionView.legacyTime(file.lastModified()),
        file.sha256());
  }
}

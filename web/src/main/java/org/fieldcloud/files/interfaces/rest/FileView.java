package org.fieldcloud.files.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.fieldcloud.files.application.FileWithVersions;
import org.fieldcloud.files.domain.model.FileVersion;

/** A file with its versions, newest first (api.md 6.7, FileWithVersions). */
@JsonbPropertyOrder({
  "name",
  "size",
  "uploadedAt",
  "isAttachment",
  "md5sum",
  "lastModified",
  "sha256",
  "versions"
})
public record FileView(
    String name,
    long size,
    OffsetDateTime uploadedAt,
    boolean isAttachment,
    String md5sum,
    String lastModified,
    String sha256,
    List<FileVersionView> versions) {

  static FileView of(FileWithVersions file) {
    FileVersion latest = file.latest();
    FileVersionView latestView = FileVersionView.of(latest, true);
    return new FileView(
        file.file().getName(),
        latest.getSize(),
        file.file().getUploadedAt(),
        file.attachment(),
        latestView.md5sum(),
        latestView.lastModified(),
        latestView.sha256(),
        file.versions().stream()
            .map(v -> FileVersionView.of(v, v.getId().equals(latest.getId())))
            .toList());
  }
}

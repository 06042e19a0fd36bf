package org.fieldcloud.files.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.fieldcloud.files.domain.model.FileVersion;

/** One version of a file (api.md 6.7, FileVersion). */
@JsonbPropertyOrder({
  "versionId",
  "md5sum",
  "size",
  "uploadedAt",
  "display",
  "isLatest",
  "lastModified",
  "sha256"
})
public record FileVersionView(
    UUID versionId,
    String md5sum,
    long size,
    OffsetDateTime uploadedAt,
    String display,
    boolean isLatest,
    String lastModified,
    String sha256) {

  private static final DateTimeFormatter LEGACY =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss 'UTC'");

  static FileVersionView of(FileVersion version, boolean latest) {
    return new FileVersionView(
        version.getId(),
        version.getEtag(),
        version.getSize(),
        version.getUploadedAt(),
        version.display(),
        latest,
        legacyTime(version.getUploadedAt()),
        HexFormat.of().formatHex(version.getSha256sum()));
  }

  /** The deprecated {@code last_modified} form, {@code dd.mm.YYYY HH:MM:SS UTC}. */
  static String legacyTime(OffsetDateTime time) {
    return time.atZoneSameInstant(ZoneOffset.UTC).format(LEGACY);
  }
}

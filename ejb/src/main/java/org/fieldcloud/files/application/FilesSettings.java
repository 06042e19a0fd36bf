package org.fieldcloud.files.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How project files are kept and served ({@code fieldcloud.files.*}, docs/configuration.md). */
@ApplicationScoped
public class FilesSettings {

  /** Who streams download bodies: see {@link #downloadMode()}. */
  public enum DownloadMode {
    /** The application streams every download itself. */
    STREAM,
    /** Every download is answered with {@code X-Accel-Redirect} to a presigned URL for nginx. */
    X_ACCEL,
    /**
     * {@code X-Accel-Redirect} only for requests that carry {@code X-Sendfile-Type:
     * X-Accel-Redirect}, which the shipped nginx configuration sets; others are streamed.
     */
    AUTO
  }

  @Inject
  @ConfigProperty(name = "fieldcloud.files.download-mode", defaultValue = "auto")
  String downloadMode;

  @Inject
  @ConfigProperty(name = "fieldcloud.files.x-accel-location", defaultValue = "/_s3_download/")
  String xAccelLocation;

  @Inject
  @ConfigProperty(name = "fieldcloud.files.presigned-url-seconds", defaultValue = "600")
  long presignedUrlSeconds;

  @Inject
  @ConfigProperty(name = "fieldcloud.files.attachment-dirs", defaultValue = "DCIM")
  List<String> attachmentDirs;

  public DownloadMode downloadMode() {
    return DownloadMode.valueOf(downloadMode.trim().toUpperCase().replace('-', '_'));
  }

  /** The internal nginx location that proxies the presigned URL. */
  public String xAccelLocation() {
    return xAccelLocation;
  }

  public Duration presignedUrlValidity() {
    return Duration.ofSeconds(presignedUrlSeconds);
  }

  /** Folders whose files are attachments (photos), e.g. {@code DCIM}. */
  public List<String> attachmentDirs() {
    return attachmentDirs;
  }

  /** Whether {@code name} lies in an attachment folder (a plain prefix test, as the reference). */
  public boolean isAttachment(String name) {
    return attachmentDirs.stream().anyMatch(name::startsWith);
  }
}

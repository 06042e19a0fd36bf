package org.fieldcloud.files.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.fieldcloud.files.application.FilesSettings;
import org.fieldcloud.files.application.FilesSettings.DownloadMode;
import org.fieldcloud.files.infrastructure.storage.ByteRange;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.shared.domain.ErrorCode;
import org.fieldcloud.shared.interfaces.rest.ErrorResponses;

/**
 * Answers a download of a stored object (api.md 5.8): {@code If-None-Match} → 304, a bad {@code
 * Range} → 416, then either the bytes streamed by the application (200, or 206 for a range) or an
 * empty answer with {@code X-Accel-Redirect} to a presigned URL, which nginx follows and streams
 * from S3 with the client's {@code Range} (see {@code docker/nginx/}).
 */
@ApplicationScoped
public class StoredFileResponses {

  /** The request header the shipped nginx configuration sets: it follows X-Accel-Redirect. */
  static final String ACCEL_CAPABLE_HEADER = "X-Sendfile-Type";

  /** The response header that carries the presigned URL to nginx. */
  static final String S3_URL_HEADER = "X-S3-Url";

  private static final int COPY_BUFFER_BYTES = 256 * 1024;

  @EJB ObjectStorage storage;
  @Inject FilesSettings settings;

  /** What is downloaded: the object, its size and ETag, and the name the client saves it as. */
  public record Download(
      String key, long size, String etag, OffsetDateTime modified, String fileName) {}

  public Response answer(Download download, HttpHeaders request, boolean head) {
    String etag = "\"" + download.etag() + "\"";
    String lastModified =
        download
            .modified()
            .atZoneSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), download.etag())) {
      return Response.notModified().header(HttpHeaders.ETAG, etag).build();
    }
    Optional<ByteRange> range;
    try {
      range = ByteRange.parse(request.getHeaderString("Range"), download.size());
    } catch (ByteRange.UnsatisfiableRangeException e) {
      return Response.fromResponse(
              ErrorResponses.of(ErrorCode.INVALID_HTTP_RANGE, 416, e.getMessage()))
          .header("Content-Range", "bytes */" + download.size())
          .build();
    }
    Response.ResponseBuilder response;
    if (followsAccel(request)) {
      // nginx fetches the object itself, with the client's Range, and keeps these headers.
      response =
          Response.ok()
              .header("X-Accel-Redirect", settings.xAccelLocation())
              .header(
                  S3_URL_HEADER,
                  storage.presignedGet(download.key(), settings.presignedUrlValidity()));
    } else {
      response = streamed(download, range, head);
    }
    return response
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.LAST_MODIFIED, lastModified)
        .header("Accept-Ranges", "bytes")
        .header("Content-Disposition", contentDisposition(download.fileName()))
        .build();
  }

  private Response.ResponseBuilder streamed(
      Download download, Optional<ByteRange> range, boolean head) {
    long length = range.map(ByteRange::length).orElse(download.size());
    Response.ResponseBuilder response =
        range.isPresent()
            ? Response.status(206)
                .header("Content-Range", range.get().contentRange(download.size()))
            : Response.ok();
    response.type("application/octet-stream").header(HttpHeaders.CONTENT_LENGTH, length);
    if (head || length == 0) {
      return response;
    }
    StreamingOutput body =
        out -> {
          try (InputStream in =
              storage
                  .client()
                  .getObject(
                      b -> {
                        b.bucket(storage.bucket()).key(download.key());
                        range.ifPresent(r -> b.range(r.s3Range()));
                      })) {
            copy(in, out);
          }
        };
    return response.entity(body);
  }

  /**
   * Copies in chunks of {@link #COPY_BUFFER_BYTES}: {@code InputStream.transferTo} moves 8 KiB at a
   * time, and every chunk is a write through the container's output buffer and a read from the S3
   * connection, which made large downloads cost noticeably more CPU than a direct S3 get.
   */
  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[COPY_BUFFER_BYTES];
    for (int read; (read = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, read);
    }
  }

  private boolean followsAccel(HttpHeaders request) {
    DownloadMode mode = settings.downloadMode();
    return mode == DownloadMode.X_ACCEL
        || (mode == DownloadMode.AUTO
            && "X-Accel-Redirect".equalsIgnoreCase(request.getHeaderString(ACCEL_CAPABLE_HEADER)));
  }

  /** {@code If-None-Match} with quoted, unquoted (the SDK) or weak tags, or {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::trim)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .map(
            t ->
                t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
                    ? t.substring(1, t.length() - 1)
                    : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag));
  }

  /** {@code attachment} with the base name, plus its UTF-8 form (RFC 6266) when not ASCII. */
  static String contentDisposition(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    String ascii = base.replaceAll("[^\\x20-\\x7E]", "_");
    String value = "attachment; filename=\"" + ascii + "\"";
    if (!ascii.equals(base)) {
      value +=
          "; filename*=UTF-8''"
              + URLEncoder.encode(base, StandardCharsets.UTF_8).replace("+", "%20");
    }
    return value;
  }
}

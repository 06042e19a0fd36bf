package org.fieldcloud.packages.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.fieldcloud.files.infrastructure.storage.ByteRange;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.packages.application.ListedFile;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Streams a stored file as api.md 5.8 asks of downloads: {@code ETag}, {@code If-None-Match} with
 * 304 (quoted or not, as the SDK sends it bare), one {@code Range} with 206 (QField resumes with
 * {@code bytes=N-} and appends what it gets), {@code Content-Length} and an attachment {@code
 * Content-Disposition}. The body is copied from the object storage as it arrives.
 */
final class StoredFileDownload {

  private StoredFileDownload() {}

  static Response of(ListedFile file, HttpHeaders request, ObjectStorage storage) {
    String etag = "\"" + file.etag() + "\"";
    String lastModified =
        file.lastModified()
            .atZoneSameInstant(ZoneOffset.UTC)
            .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), file.etag())) {
      return Response.notModified()
          .header(HttpHeaders.ETAG, etag)
          .header(HttpHeaders.LAST_MODIFIED, lastModified)
          .build();
    }
    Optional<ByteRange> range;
    try {
      range = ByteRange.parse(request.getHeaderString("Range"), file.size());
    } catch (ByteRange.UnsatisfiableRangeException e) {
      throw new ApiException(ErrorCode.INVALID_HTTP_RANGE, e.getMessage());
    }
    StreamingOutput body =
        out -> {
          try (InputStream in =
              storage
                  .client()
                  .getObject(
                      b -> {
                        b.bucket(storage.bucket()).key(file.objectKey());
                        range.ifPresent(r -> b.range(r.s3Range()));
                      })) {
            in.transferTo(out);
          }
        };
    Response.ResponseBuilder response =
        range.isPresent()
            ? Response.status(206)
                .header("Content-Range", range.get().contentRange(file.size()))
                .header(HttpHeaders.CONTENT_LENGTH, range.get().length())
            : Response.ok().header(HttpHeaders.CONTENT_LENGTH, file.size());
    return response
        .entity(body)
        .type("application/octet-stream")
        .header("Accept-Ranges", "bytes")
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.LAST_MODIFIED, lastModified)
        .header("Content-Disposition", "attachment; filename=\"" + baseName(file.name()) + "\"")
        .build();
  }

  /** Whether an {@code If-None-Match} value names this ETag ({@code *}, quoted, bare or weak). */
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

  private static String baseName(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.replace("\"", "");
  }
}

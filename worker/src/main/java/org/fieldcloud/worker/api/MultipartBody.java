package org.fieldcloud.worker.api;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body with one file part, streamed from disk (package files can be
 * large). The part carries a file name and no part content type, as the SDK sends it.
 */
final class MultipartBody {

  private final String boundary = "fieldcloud-" + UUID.randomUUID();
  private final HttpRequest.BodyPublisher publisher;

  MultipartBody(String partName, String fileName, Path file) throws FileNotFoundException {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + partName
            + "\"; filename=\""
            + fileName.replace("\"", "%22").replace("\r", "").replace("\n", "")
            + "\"\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    publisher =
        HttpRequest.BodyPublishers.concat(
            HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
            HttpRequest.BodyPublishers.ofFile(file),
            HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() {
    return publisher;
  }
}

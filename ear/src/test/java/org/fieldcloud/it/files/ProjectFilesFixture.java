package org.fieldcloud.it.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;

/** Projects and files for the file tests, made through the API as the SDK makes them. */
final class ProjectFilesFixture {

  private ProjectFilesFixture() {}

  static String project(ApiClient api, String owner) {
    var response =
        api.postForm(
            "projects",
            Map.of("name", Accounts.unique("files"), "owner", owner, "description", ""));
    assertEquals(201, response.status(), response::toString);
    return response.json().getString("id");
  }

  /** The SDK's upload_file: one part {@code file}, part file name = the remote name. */
  static ApiResponse upload(ApiClient api, String projectId, String name, byte[] content) {
    return api.postFile("files/" + projectId + "/" + name, "file", name, content);
  }

  static void uploaded(ApiClient api, String projectId, String name, byte[] content) {
    var response = upload(api, projectId, name, content);
    assertEquals(201, response.status(), response::toString);
  }

  static byte[] bytes(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  /** The SDK's calc_etag: MD5, or MD5 of the 8 MiB parts' MD5s with {@code -N} (api.md 6.7). */
  static String etag(byte[] content) throws Exception {
    int part = 8 * 1024 * 1024;
    if (content.length <= part) {
      return hex(MessageDigest.getInstance("MD5").digest(content));
    }
    MessageDigest all = MessageDigest.getInstance("MD5");
    int parts = 0;
    for (int offset = 0; offset < content.length; offset += part) {
      MessageDigest one = MessageDigest.getInstance("MD5");
      one.update(content, offset, Math.min(part, content.length - offset));
      all.update(one.digest());
      parts++;
    }
    return hex(all.digest()) + "-" + parts;
  }

  static String sha256(byte[] content) throws Exception {
    return hex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** A GET or HEAD with extra headers, answered as bytes. */
  static HttpResponse<byte[]> request(
      String method, java.net.URI url, String token, String... headers) throws Exception {
    var builder =
        HttpRequest.newBuilder(url)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("User-Agent", ApiClient.SDK_USER_AGENT)
            .header("Authorization", "token " + token);
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient()
        .send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

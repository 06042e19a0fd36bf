package org.fieldcloud.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to the deployed API the way the qfieldcloud-sdk does (api.md 8.1): form-encoded bodies,
 * {@code Authorization: token <key>} with the lowercase keyword, the SDK's User-Agent, and a
 * trailing slash on every path.
 */
public final class ApiClient {

  public static final String SDK_USER_AGENT = "sdk|py|0.33.0 python-requests|2.32.3";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;
  private final String token;
  private final String userAgent;
  private final String authorization;

  private ApiClient(URI base, String token, String userAgent, String authorization) {
    this.base = base;
    this.token = token;
    this.userAgent = userAgent;
    this.authorization = authorization;
  }

  /** A client for the server of this test run, without a token. */
  public static ApiClient anonymous() {
    return new ApiClient(TestServer.url().resolve("/api/v1/"), null, SDK_USER_AGENT, null);
  }

  /** A client for another base URL, such as a proxy in front of the server. */
  public static ApiClient on(URI apiBase) {
    return new ApiClient(apiBase, null, SDK_USER_AGENT, null);
  }

  public ApiClient withToken(String key) {
    return new ApiClient(base, key, userAgent, null);
  }

  public ApiClient withUserAgent(String agent) {
    return new ApiClient(base, token, agent, authorization);
  }

  /** Sends this exact {@code Authorization} header instead of {@code token <key>}. */
  public ApiClient withAuthorization(String header) {
    return new ApiClient(base, null, userAgent, header);
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  public ApiResponse postForm(String path, Map<String, String> fields) {
    return send(formRequest(path, "POST", fields));
  }

  public ApiResponse putForm(String path, Map<String, String> fields) {
    return send(formRequest(path, "PUT", fields));
  }

  public ApiResponse patchForm(String path, Map<String, String> fields) {
    return send(formRequest(path, "PATCH", fields));
  }

  public ApiResponse delete(String path) {
    return send(request(path).DELETE());
  }

  /** A JSON body, as QField sends its login. */
  public ApiResponse postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart body of text parts only; the boundary is quoted as Qt writes it. */
  public ApiResponse postMultipart(String path, Map<String, String> fields) {
    String boundary = "boundary_.oOo._" + System.nanoTime();
    var body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** A POST with any content type and body, for bodies no client should send. */
  public ApiResponse post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart upload of one file part, as the SDK sends files ({@code files={part: ...}}). */
  public ApiResponse postFile(String path, String part, String fileName, byte[] content) {
    String boundary = "boundary_.oOo._" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + part
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
  }

  /** One part of a multipart body; {@code fileName} and {@code contentType} may be null. */
  public record Part(String name, String fileName, String contentType, byte[] content) {}

  /**
   * A multipart body of any parts, the boundary quoted as Qt writes it: QField's uploads (a {@code
   * text} part, then a {@code file} part with a full local path as file name).
   */
  public ApiResponse postParts(String path, java.util.List<Part> parts) {
    String boundary = "boundary_.oOo._" + System.nanoTime();
    var chunks = new java.util.ArrayList<byte[]>();
    for (Part part : parts) {
      var head =
          new StringBuilder("--")
              .append(boundary)
              .append("\r\nContent-Disposition: form-data; name=\"")
              .append(part.name())
              .append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      if (part.contentType() != null) {
        head.append("\r\nContent-Type: ").append(part.contentType());
      }
      head.append("\r\n\r\n");
      chunks.add(head.toString().getBytes(StandardCharsets.UTF_8));
      chunks.add(part.content());
      chunks.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    chunks.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=\"" + boundary + "\"")
            .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)));
  }

  /** A GET whose body is bytes (file downloads). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Any method with an empty body. */
  public ApiResponse send(String method, String path) {
    return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder formRequest(String path, String method, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
  }

  /** Sends a request whose path is taken as it is, without the SDK's trailing-slash rule. */
  public ApiResponse getRaw(String pathFromApiRoot) {
    var builder =
        HttpRequest.newBuilder(base.resolve(pathFromApiRoot))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", userAgent);
    if (token != null) {
      builder.header("Authorization", "token " + token);
    }
    return send(builder.GET());
  }

  private HttpRequest.Builder request(String path) {
    // Like the SDK: the slash goes at the end of the path part, the query stays untouched.
    int query = path.indexOf('?');
    String pathPart = query < 0 ? path : path.substring(0, query);
    String queryPart = query < 0 ? "" : path.substring(query);
    String withSlash = (pathPart.endsWith("/") ? pathPart : pathPart + "/") + queryPart;
    var builder =
        HttpRequest.newBuilder(base.resolve(withSlash))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", userAgent);
    if (token != null) {
      builder.header("Authorization", "token " + token);
    }
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static ApiResponse send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ApiResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

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

  private ApiClient(URI base, String token, String userAgent) {
    this.base = base;
    this.token = token;
    this.userAgent = userAgent;
  }

  /** A client for the server of this test run, without a token. */
  public static ApiClient anonymous() {
    return new ApiClient(TestServer.url().resolve("/api/v1/"), null, SDK_USER_AGENT);
  }

  public ApiClient withToken(String key) {
    return new ApiClient(base, key, userAgent);
  }

  public ApiClient withUserAgent(String agent) {
    return new ApiClient(base, token, agent);
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  public ApiResponse postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends a request whose path is taken as it is, without the SDK's trailing-slash rule. */
  public ApiResponse getRaw(String pathFromApiRoot) {
    return send(
        HttpRequest.newBuilder(base.resolve(pathFromApiRoot))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", userAgent)
            .GET());
  }

  private HttpRequest.Builder request(String path) {
    String withSlash = path.endsWith("/") ? path : path + "/";
    var builder =
        HttpRequest.newBuilder(base.resolve(withSlash))
            .timeout(Duration.ofSeconds(60))
            .header("User-Agent", userAgent);
    if (token != null) {
      builder.header("Authorization", "token " + token);
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

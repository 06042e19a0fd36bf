package org.fieldcloud.worker.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker's HTTP client to the FieldCloud API (api.md §5.8, §5.9, §5.6 thumbnail), using the
 * temporary worker token ({@code Authorization: token <key>}). Paths always end with a slash, as
 * the SDK builds them.
 */
public final class FieldCloudApiClient {

  private static final String USER_AGENT = "fieldcloud-worker";

  private final URI baseUrl;
  private final String token;
  private final Duration requestTimeout;
  private final HttpClient http;

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:8080/api/v1/} (a missing final slash is added)
   */
  public FieldCloudApiClient(URI baseUrl, String token, Duration requestTimeout) {
    String base = baseUrl.toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
    this.token = token;
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** {@code GET files/{project}/?skip_metadata=1}: every file of the project. */
  public List<RemoteFile> listFiles(String projectId) throws IOException {
    String path = "files/" + segment(projectId) + "/";
    HttpResponse<String> response = send(get(path + "?skip_metadata=1"), path, "GET");
    JsonArray files;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      files = reader.readArray();
    }
    List<RemoteFile> result = new ArrayList<>();
    for (JsonValue value : files) {
      JsonObject file = value.asJsonObject();
      result.add(
          new RemoteFile(
              file.getString("name"),
              file.containsKey("size") && !file.isNull("size")
                  ? file.getJsonNumber("size").longValue()
                  : -1,
              file.getString("md5sum", null),
              file.getBoolean("is_attachment", false)));
    }
    return result;
  }

  /** {@code GET projects/{project}/}: the name of the project's QGIS file, or null. */
  public String qgisFileName(String projectId) throws IOException {
    String path = "projects/" + segment(projectId) + "/";
    HttpResponse<String> response = send(get(path), path, "GET");
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject project = reader.readObject();
      return project.isNull("the_qgis_file_name")
          ? null
          : project.getString("the_qgis_file_name", null);
    }
  }

  /** {@code GET files/{project}/{name}/} into {@code target} (written via a temporary file). */
  public void downloadFile(String projectId, String name, Path target) throws IOException {
    String path = "files/" + segment(projectId) + "/" + filePath(name) + "/";
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    HttpResponse<InputStream> response;
    try {
      response = http.send(get(path), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: GET " + path, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() >= 400) {
        throw new ApiException(
            "GET",
            path,
            response.statusCode(),
            new String(body.readNBytes(2000), StandardCharsets.UTF_8));
      }
      Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** {@code POST files/{project}/{name}/} with the multipart part {@code file}: a new version. */
  public void uploadProjectFile(String projectId, String name, Path file) throws IOException {
    String path = "files/" + segment(projectId) + "/" + filePath(name) + "/";
    post(path, new MultipartBody("file", name, file));
  }

  /** {@code POST projects/{project}/thumbnail/} with the multipart part {@code thumbnail}. */
  public void uploadThumbnail(String projectId, Path png) throws IOException {
    String path = "projects/" + segment(projectId) + "/thumbnail/";
    post(path, new MultipartBody("thumbnail", "thumbnail.png", png));
  }

  /** {@code POST packages/{project}/{job}/files/{name}/} with the multipart part {@code file}. */
  public void uploadPackageFile(String projectId, String jobId, String name, Path file)
      throws IOException {
    String path =
        "packages/" + segment(projectId) + "/" + segment(jobId) + "/files/" + filePath(name) + "/";
    post(path, new MultipartBody("file", name, file));
  }

  private void post(String path, MultipartBody body) throws IOException {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(baseUrl.resolve(path)))
            .header("Content-Type", body.contentType())
            .POST(body.publisher())
            .build();
    send(request, path, "POST");
  }

  private HttpRequest get(String pathAndQuery) {
    return authorized(HttpRequest.newBuilder(baseUrl.resolve(pathAndQuery))).GET().build();
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
    return builder
        .timeout(requestTimeout)
        .header("Authorization", "token " + token)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request, String path, String method)
      throws IOException {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 400) {
        throw new ApiException(method, path, response.statusCode(), response.body());
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + path, e);
    }
  }

  /** A file path inside a project: each segment encoded, the slashes kept. */
  static String filePath(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("/", -1)) {
      parts.add(segment(part));
    }
    return String.join("/", parts);
  }

  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

package org.fieldcloud.worker.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A loopback HTTP server that answers the worker's calls as api.md §5.8, §5.9 and §5.6 specify
 * (file list, download, package upload, thumbnail upload), serving a real project folder and
 * recording what it receives. It stands in for the FieldCloud endpoints until they are deployed.
 */
public final class ContractServer implements AutoCloseable {

  public record Upload(String path, String partName, String fileName, byte[] content) {}

  private final HttpServer server;
  private final Path projectDir;
  private final String projectId;
  private final String token;
  private final List<String> attachmentDirs = List.of("DCIM");
  public final List<String> requests = new ArrayList<>();
  public final List<String> authorizations = new ArrayList<>();
  public final Map<String, Upload> uploads = new LinkedHashMap<>();
  public int forcedStatus;

  public ContractServer(Path projectDir, String projectId, String token) throws IOException {
    this.projectDir = projectDir;
    this.projectId = projectId;
    this.token = token;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/", this::handle);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/");
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String rawPath = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    requests.add(exchange.getRequestMethod() + " " + rawPath + (query == null ? "" : "?" + query));
    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
    try (exchange) {
      if (forcedStatus != 0) {
        respond(exchange, forcedStatus, "{\"code\":\"forced\",\"message\":\"forced\"}");
        return;
      }
      if (!("token " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, "{\"code\":\"token_authentication_failed\"}");
        return;
      }
      String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
      String files = "/api/v1/files/" + projectId + "/";
      if (exchange.getRequestMethod().equals("GET") && path.equals(files)) {
        respond(exchange, 200, listing());
      } else if (exchange.getRequestMethod().equals("GET") && path.startsWith(files)) {
        Path file = projectDir.resolve(path.substring(files.length(), path.length() - 1));
        if (!Files.isRegularFile(file)) {
          respond(exchange, 404, "{\"code\":\"object_not_found\"}");
          return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      } else if (exchange.getRequestMethod().equals("POST")) {
        uploads.put(path, parseMultipart(exchange, path));
        if (path.endsWith("/thumbnail/")) {
          exchange.sendResponseHeaders(204, -1);
        } else {
          respond(exchange, 201, "{}");
        }
      } else {
        respond(exchange, 404, "{\"code\":\"object_not_found\"}");
      }
    }
  }

  private String listing() throws IOException {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(projectDir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = projectDir.relativize(file).toString().replace('\\', '/');
        boolean attachment = attachmentDirs.stream().anyMatch(name::startsWith);
        entries.add(
            "{\"name\":\""
                + name
                + "\",\"size\":"
                + Files.size(file)
                + ",\"md5sum\":\""
                + Etag.of(file)
                + "\",\"is_attachment\":"
                + attachment
                + ",\"versions\":[]}");
      }
    }
    return "[" + String.join(",", entries) + "]";
  }

  private static Upload parseMultipart(HttpExchange exchange, String path) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
    byte[] body = exchange.getRequestBody().readAllBytes();
    String latin = new String(body, StandardCharsets.ISO_8859_1);
    int headerStart = latin.indexOf("--" + boundary) + boundary.length() + 4;
    int headerEnd = latin.indexOf("\r\n\r\n", headerStart);
    String headers = latin.substring(headerStart, headerEnd);
    int contentEnd = latin.lastIndexOf("\r\n--" + boundary + "--");
    byte[] content = new byte[contentEnd - headerEnd - 4];
    System.arraycopy(body, headerEnd + 4, content, 0, content.length);
    String name = between(headers, "name=\"", "\"");
    String fileName = between(headers, "filename=\"", "\"");
    return new Upload(path, name, fileName, content);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    if (from < 0) {
      return null;
    }
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}

package org.fieldcloud.it.files;

import static org.fieldcloud.it.files.ProjectFilesFixture.bytes;
import static org.fieldcloud.it.files.ProjectFilesFixture.etag;
import static org.fieldcloud.it.files.ProjectFilesFixture.project;
import static org.fieldcloud.it.files.ProjectFilesFixture.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production download mode: Debian's nginx with the shipped configuration ({@code
 * docker/nginx/templates/}) in front of the deployed app, on loopback. The app answers downloads
 * with X-Accel-Redirect to a presigned URL and nginx streams the object from S3.
 */
class NginxAccelIT {

  private static final Path TEMPLATE =
      Path.of("../docker/nginx/templates/default.conf.template").toAbsolutePath().normalize();

  private static Process nginx;
  private static Path dir;
  private static int port;

  @BeforeAll
  static void startNginx() throws Exception {
    dir = Files.createTempDirectory(Path.of("target"), "nginx-").toAbsolutePath();
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI app = TestServer.url();
    String server =
        Files.readString(TEMPLATE)
            .replace("${FIELDCLOUD_LISTEN}", "127.0.0.1:" + port)
            .replace("${FIELDCLOUD_UPSTREAM}", app.getHost() + ":" + app.getPort());
    Files.writeString(dir.resolve("server.conf"), server);
    String main =
        (System.getProperty("user.name").equals("root") ? "user root;\n" : "")
            + "daemon off;\nworker_processes 1;\npid %1$s/nginx.pid;\nerror_log %1$s/error.log;\n"
            + "events { worker_connections 64; }\nhttp {\n"
            + "  log_format upstreams '$request $status $upstream_addr';\n"
            + "  access_log %1$s/access.log upstreams;\n"
            + "  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy;\n"
            + "  fastcgi_temp_path %1$s/fastcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;\n"
            + "  include %1$s/server.conf;\n}\n";
    Files.writeString(dir.resolve("nginx.conf"), main.formatted(dir));
    nginx =
        new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir + "/nginx.conf")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .start();
    for (int i = 0; i < 100; i++) {
      try (var probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException e) {
        if (!nginx.isAlive()) {
          throw new IllegalStateException(
              "nginx did not start: " + Files.readString(dir.resolve("stdout.log")));
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nginx does not listen on " + port);
  }

  @AfterAll
  static void stopNginx() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor();
    }
  }

  @Test
  void downloadsThroughNginxComeFromS3() throws Exception {
    var ada = Accounts.person("ada");
    String id = project(ada.api(), ada.username());
    byte[] content = bytes(3 * 1024 * 1024 + 5, 11);
    // the upload goes through nginx too, streamed (proxy_request_buffering off)
    // the upload goes through nginx too, streamed (proxy_request_buffering off)
    ProjectFilesFixture.uploaded(
        proxied(ada.token()), id, "dir%20with%20space/%C3%BC+.bin", content);
    var names = ada.api().get("files/" + id).jsonArray();
    assertEquals("dir with space/\u00fc+.bin", names.getJsonObject(0).getString("name"));
    URI url =
        URI.create(
            "http://127.0.0.1:"
                + port
                + "/api/v1/files/"
                + id
                + "/dir%20with%20space/%C3%BC+.bin/");

    var full = request("GET", url, ada.token());
    assertEquals(200, full.statusCode(), () -> new String(full.body(), StandardCharsets.UTF_8));
    assertArrayEquals(content, full.body());
    assertTrue(
        full.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
    assertEquals("\"" + etag(content) + "\"", full.headers().firstValue("ETag").orElseThrow());
    assertFalse(full.headers().firstValue("X-S3-Url").isPresent(), "presigned URL kept inside");

    var range = request("GET", url, ada.token(), "Range", "bytes=10-14");
    assertEquals(206, range.statusCode());
    assertArrayEquals(Arrays.copyOfRange(content, 10, 15), range.body());
    assertEquals(
        "bytes 10-14/" + content.length, range.headers().firstValue("Content-Range").orElseThrow());
    var resume = request("GET", url, ada.token(), "Range", "bytes=" + (content.length - 3) + "-");
    assertArrayEquals(
        Arrays.copyOfRange(content, content.length - 3, content.length), resume.body());

    assertEquals(
        304, request("GET", url, ada.token(), "If-None-Match", etag(content)).statusCode());
    assertEquals(416, request("GET", url, ada.token(), "Range", "bytes=99999999-").statusCode());
    var head = request("HEAD", url, ada.token());
    assertEquals(200, head.statusCode());
    assertEquals(
        String.valueOf(content.length), head.headers().firstValue("Content-Length").orElseThrow());
    assertEquals(403, request("GET", url, Accounts.person("eve").token()).statusCode());

    var internal =
        request("GET", URI.create("http://127.0.0.1:" + port + "/_s3_download/"), ada.token());
    assertEquals(404, internal.statusCode());

    // nginx logged the app and then the S3 server as upstreams of the download
    String s3 = URI.create(TestServer.env("FIELDCLOUD_S3_ENDPOINT")).getPort() + "";
    String log = Files.readString(dir.resolve("access.log"));
    assertTrue(
        log.lines().anyMatch(l -> l.startsWith("GET /api/v1/files/" + id) && l.contains(":" + s3)),
        log);
  }

  private static ApiClient proxied(String token) {
    return ApiClient.on(URI.create("http://127.0.0.1:" + port + "/api/v1/")).withToken(token);
  }
}

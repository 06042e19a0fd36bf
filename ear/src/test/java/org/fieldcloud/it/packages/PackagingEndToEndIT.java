package org.fieldcloud.it.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.Accounts.Person;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The whole way of a project to QField with the real worker image: the SDK uploads the
 * simple_bee_farming fixture, process_projectfile runs on its own and makes the project {@code ok},
 * a package job builds the offline copy, and the package is listed, downloaded and opened with
 * PyQGIS: every layer valid and read from inside the package (issue 7).
 */
class PackagingEndToEndIT {

  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);

  @Test
  void uploadedProjectIsProcessedPackagedDownloadedAndOpens() throws Exception {
    Person ada = Accounts.person("bees");
    ApiClient api = ada.api();
    String project = PackageJobRows.project(api, ada.username());
    Path fixture = fixtures().resolve("core/tests/testdata/simple_bee_farming/real_files");
    for (String name : new String[] {"bees.gpkg", "bumblebees.gpkg", "simple_bee_farming.qgs"}) {
      var upload =
          api.postFile(
              "files/" + project + "/" + name,
              "file",
              name,
              Files.readAllBytes(fixture.resolve(name)));
      assertEquals(201, upload.status(), upload::toString);
    }

    // The QGIS file's upload queued process_projectfile.
    var jobs = api.get("jobs/?project_id=" + project).jsonArray();
    String process =
        jobs.stream()
            .map(JsonObject.class::cast)
            .filter(j -> j.getString("type").equals("process_projectfile"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no process_projectfile job: " + jobs))
            .getString("id");
    JsonObject processed = await(api, process);
    assertEquals("finished", processed.getString("status"), processed::toString);
    JsonObject details = api.get("projects/" + project).json();
    assertEquals("ok", details.getString("status"), details::toString);
    assertEquals("simple_bee_farming.qgs", details.getString("the_qgis_file_name"));
    assertTrue(details.getBoolean("needs_repackaging"), "never packaged");
    assertEquals(
        1,
        Accounts.queryLong(
            "SELECT count(*) FROM project_project WHERE id = ?::uuid"
                + " AND project_details LIKE '%apiary_27954fba_aad8_4336_8b19_23afed462c51%'",
            project));

    // QField's POST jobs/ as JSON, then polling.
    String first = packageJob(api, project);
    JsonObject latest = api.get("packages/" + project + "/latest/?skip_metadata=1").json();
    assertEquals(first, latest.getString("package_id"));
    assertEquals("finished", latest.getString("status"));
    assertFalse(latest.isNull("packaged_at"));
    Set<String> names =
        latest.getJsonArray("files").stream()
            .map(f -> ((JsonObject) f).getString("name"))
            .collect(Collectors.toSet());
    assertTrue(
        names.containsAll(Set.of("data.gpkg", "simple_bee_farming_qfield.qgz")), names::toString);
    assertTrue(
        latest
            .getJsonObject("layers")
            .getJsonObject("apiary_27954fba_aad8_4336_8b19_23afed462c51")
            .getBoolean("is_valid"));
    assertFalse(
        api.get("projects/" + project).json().getBoolean("needs_repackaging"),
        "a file-only project packaged after its last change");

    // The SDK's package-download: every file of the listing into a folder.
    Path dir = Files.createTempDirectory("package-");
    for (String name : names) {
      var download = api.getBytes("packages/" + project + "/latest/files/" + name);
      assertEquals(200, download.statusCode(), name);
      Path target = dir.resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, download.body());
    }
    openWithPyQgis(dir.resolve("simple_bee_farming_qfield.qgz"));

    // Repackaging replaces the package: the first one's objects go.
    String second = packageJob(api, project);
    assertEquals(second, api.get("packages/" + project + "/latest").json().getString("package_id"));
    for (int i = 0; i < 50 && !TestServer.objectKeys(prefix(project, first)).isEmpty(); i++) {
      Thread.sleep(100);
    }
    assertEquals(java.util.List.of(), TestServer.objectKeys(prefix(project, first)));
    assertFalse(TestServer.objectKeys(prefix(project, second)).isEmpty());
  }

  private static String prefix(String project, String job) {
    return "projects/" + project + "/packages/" + job + "/";
  }

  private static String packageJob(ApiClient api, String project) throws Exception {
    ApiResponse created =
        api.postJson(
            "jobs/", "{\"project_id\":\"" + project + "\",\"type\":\"package\",\"force\":true}");
    assertTrue(created.status() == 200 || created.status() == 201, created::toString);
    String id = created.json().getString("id");
    JsonObject job = await(api, id);
    assertEquals("finished", job.getString("status"), job::toString);
    return id;
  }

  private static JsonObject await(ApiClient api, String jobId) throws InterruptedException {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    JsonObject job;
    do {
      job = api.get("jobs/" + jobId).json();
      if (Set.of("finished", "failed", "stopped").contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(1000);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("job " + jobId + " still " + job.getString("status"));
  }

  /**
   * Opens the packaged project with QGIS (Debian's PyQGIS, headless) and checks that every layer is
   * valid and that every file it reads lies inside the package folder.
   */
  private static void openWithPyQgis(Path qgz) throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(
        Files.isExecutable(python)
            && new ProcessBuilder(python.toString(), "-c", "import qgis.core")
                    .redirectErrorStream(true)
                    .start()
                    .waitFor()
                == 0,
        "PyQGIS is not installed");
    Path script = Files.createTempFile("open-package", ".py");
    Files.writeString(
        script,
        """
        import json, os, sys
        from qgis.core import QgsApplication, QgsProject, QgsProviderRegistry
        app = QgsApplication([], False)
        app.initQgis()
        project = QgsProject.instance()
        ok = project.read(sys.argv[1])
        root = os.path.realpath(os.path.dirname(sys.argv[1]))
        layers = {}
        for layer in project.mapLayers().values():
            parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
            path = parts.get("path") or ""
            layers[layer.id()] = {
                "valid": layer.isValid(),
                "provider": layer.providerType(),
                "path": path,
                "inside": (not path) or os.path.realpath(path).startswith(root + os.sep),
            }
        print(json.dumps({"read": ok, "layers": layers}))
        """);
    ProcessBuilder builder =
        new ProcessBuilder(python.toString(), script.toString(), qgz.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("QT_QPA_PLATFORM", "offscreen");
    Process run = builder.start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(5, TimeUnit.MINUTES));
    String json =
        out.lines()
            .filter(l -> l.startsWith("{"))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no answer from PyQGIS: " + out));
    JsonObject report = Json.createReader(new StringReader(json)).readObject();
    assertTrue(report.getBoolean("read"), report::toString);
    JsonObject layers = report.getJsonObject("layers");
    assertFalse(layers.isEmpty(), report::toString);
    for (Map.Entry<String, jakarta.json.JsonValue> e : layers.entrySet()) {
      JsonObject layer = e.getValue().asJsonObject();
      assertTrue(layer.getBoolean("valid"), () -> e.getKey() + " invalid: " + layer);
      assertTrue(layer.getBoolean("inside"), () -> e.getKey() + " reads outside: " + layer);
    }
    assertTrue(
        layers.values().stream()
            .anyMatch(l -> l.asJsonObject().getString("path").endsWith("data.gpkg")),
        () -> "no layer reads data.gpkg: " + layers);
  }

  private static Path fixtures() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/testdata/qfieldcloud");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "shared/testdata/qfieldcloud not found above " + Path.of("").toAbsolutePath());
  }
}

package org.fieldcloud.worker.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a project folder back as new file versions, as the SDK's upload_project does: only files
 * whose ETag differs from the listed {@code md5sum}, hidden ({@code .x}) and backup ({@code x~})
 * files skipped, the QGIS project file last (its upload queues process_projectfile on the server).
 */
public final class ProjectUploader {

  private final FieldCloudApiClient client;
  private final PrintStream log;

  public ProjectUploader(FieldCloudApiClient client, PrintStream log) {
    this.client = client;
    this.log = log;
  }

  /** Returns the names uploaded. */
  public List<String> upload(String projectId, Path projectDir) throws IOException {
    Map<String, String> remoteEtags = new HashMap<>();
    for (RemoteFile file : client.listFiles(projectId)) {
      remoteEtags.put(file.name(), file.md5sum());
    }
    List<String> names = new ArrayList<>();
    List<String> projectFiles = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(projectDir)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = projectDir.relativize(file).toString().replace('\\', '/');
        if (skipped(name) || Etag.of(file).equals(remoteEtags.get(name))) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        (lower.endsWith(".qgs") || lower.endsWith(".qgz") ? projectFiles : names).add(name);
      }
    }
    names.addAll(projectFiles);
    for (String name : names) {
      client.uploadProjectFile(projectId, name, projectDir.resolve(name));
    }
    log.println("Uploaded " + names.size() + " changed project file(s).");
    return names;
  }

  private static boolean skipped(String name) {
    for (String segment : name.split("/")) {
      if (segment.startsWith(".") || segment.endsWith("~")) {
        return true;
      }
    }
    return false;
  }
}

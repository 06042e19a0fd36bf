package org.fieldcloud.worker.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Uploads every file of a package folder as package files of the job (always, no skipping). */
public final class PackageUploader {

  private final FieldCloudApiClient client;
  private final PrintStream log;

  public PackageUploader(FieldCloudApiClient client, PrintStream log) {
    this.client = client;
    this.log = log;
  }

  public List<String> upload(String projectId, String jobId, Path packageDir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(packageDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = packageDir.relativize(file).toString().replace('\\', '/');
      client.uploadPackageFile(projectId, jobId, name, file);
      names.add(name);
    }
    log.println("Uploaded " + names.size() + " package file(s).");
    return names;
  }
}

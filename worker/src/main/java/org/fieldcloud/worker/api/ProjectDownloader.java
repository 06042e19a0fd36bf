package org.fieldcloud.worker.api;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Downloads a project's files into a work folder, as the SDK's download_project does. */
public final class ProjectDownloader {

  private final FieldCloudApiClient client;
  private final PrintStream log;

  public ProjectDownloader(FieldCloudApiClient client, PrintStream log) {
    this.client = client;
    this.log = log;
  }

  /** Returns the names downloaded. Attachments are skipped: jobs never need the photos. */
  public List<String> download(String projectId, Path destination) throws IOException {
    List<String> names = new ArrayList<>();
    Path root = destination.toAbsolutePath().normalize();
    for (RemoteFile file : client.listFiles(projectId)) {
      if (file.isAttachment()) {
        continue;
      }
      Path target = root.resolve(file.name()).normalize();
      if (!target.startsWith(root)) {
        throw new IOException("refusing a file name that leaves the project: " + file.name());
      }
      client.downloadFile(projectId, file.name(), target);
      names.add(file.name());
    }
    log.println("Downloaded " + names.size() + " project file(s).");
    return names;
  }
}

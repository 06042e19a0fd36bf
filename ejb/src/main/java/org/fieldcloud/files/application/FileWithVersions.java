package org.fieldcloud.files.application;

import java.util.List;
import org.fieldcloud.files.domain.model.FileVersion;
import org.fieldcloud.files.domain.model.ProjectFile;

/**
 * A file with its versions, newest first (api.md 6.7).
 *
 * @param file the file
 * @param versions its versions, the first is the latest
 * @param attachment whether it lies in an attachment folder
 */
public record FileWithVersions(ProjectFile file, List<FileVersion> versions, boolean attachment) {

  public FileVersion latest() {
    return versions.stream()
        .filter(v -> v.getId().equals(file.getLatestVersionId()))
        .findFirst()
        .orElse(versions.get(0));
  }
}

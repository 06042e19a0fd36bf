package org.fieldcloud.packages.application;

import java.util.List;
import java.util.Optional;
import org.fieldcloud.projects.domain.model.Project;

/**
 * The project files a package lists next to its own (jobs.md 9): those under the attachment
 * folders, which QField downloads from the project files, not from the package. Implemented by the
 * files context; without an implementation packages list no attachments.
 */
public interface AttachmentFiles {

  /** The latest versions of the project's files whose names start with one of {@code dirs}. */
  List<ListedFile> under(Project project, List<String> dirs);

  /**
   * The stored object of a project file, for the download through the package URL; {@code
   * versionId} null means the latest version.
   */
  Optional<ListedFile> find(Project project, String name, String versionId);
}

package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code feedback.json}, the worker's structured answer, in the job's folder. The runner hands back
 * its text; parsing it is the job's business.
 */
final class FeedbackFile {

  static final String NAME = "feedback.json";

  /** Larger than any real feedback (project details, delta feedback) by far. */
  static final long MAX_BYTES = 64L << 20;

  private FeedbackFile() {}

  /**
   * The file's text, or {@code null} when the worker wrote none or it cannot be read; then {@code
   * output} gets a line saying why, so the job's output explains the missing feedback.
   */
  static String read(Path ioDir, BoundedOutput output) {
    Path file = ioDir.resolve(NAME);
    // A worker could leave a symbolic link pointing anywhere on the host: read regular files only.
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        output.append(
            "\n[FieldCloud] "
                + NAME
                + " is "
                + size
                + " bytes, more than "
                + MAX_BYTES
                + ": ignored.\n");
        return null;
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      output.append("\n[FieldCloud] " + NAME + " could not be read: " + e + "\n");
      return null;
    }
  }
}

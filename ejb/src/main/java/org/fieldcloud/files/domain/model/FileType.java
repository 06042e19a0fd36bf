package org.fieldcloud.files.domain.model;

/** The two kinds of stored files (model.md 1.3.1), by their database value. */
public final class FileType {

  /** A versioned project file, listed by {@code files/<project>/}. */
  public static final short PROJECT_FILE = 1;

  /** A file of a package produced by a package job. */
  public static final short PACKAGE_FILE = 2;

  private FileType() {}
}

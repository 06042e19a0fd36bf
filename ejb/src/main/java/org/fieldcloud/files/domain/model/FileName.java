package org.fieldcloud.files.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a file inside a project: a relative path such as {@code DCIM/photo 1.jpg}. The rules
 * are QFieldCloud's (model.md 1.3.1), checked on every path segment, so a name is always safe as a
 * storage key and as a path on the phones and in the worker: no absolute paths, no {@code ..}, no
 * characters Windows or Android cannot store.
 */
public record FileName(String value) {

  public static final int MAX_LENGTH = 255;

  private static final Pattern FORBIDDEN_CHARACTERS =
      Pattern.compile("[<>:\"\\\\|?*\\x00-\\x1F\\x7F]");
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
  private static final Set<String> DOT_SEGMENTS = Set.of(".", "..");

  public FileName {
    problem(value)
        .ifPresent(
            p -> {
              throw new InvalidFileNameException(value, p);
            });
  }

  /** Why {@code name} is not a valid file name, or empty when it is. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("the file name is empty");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("the file name is longer than " + MAX_LENGTH + " characters");
    }
    if (!name.strip().equals(name)) {
      return Optional.of("the file name starts or ends with white space");
    }
    if (name.startsWith("/")) {
      return Optional.of("the file name is an absolute path; give a path relative to the project");
    }
    for (String segment : name.split("/", -1)) {
      Optional<String> problem = segmentProblem(segment);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> segmentProblem(String segment) {
    if (segment.isEmpty()) {
      return Optional.of("the file name has an empty folder name (a double or trailing '/')");
    }
    if (DOT_SEGMENTS.contains(segment)) {
      return Optional.of("the file name contains the folder name '" + segment + "'");
    }
    if (FORBIDDEN_CHARACTERS.matcher(segment).find()) {
      return Optional.of(
          "'"
              + printable(segment)
              + "' contains a character not allowed in file names: < > : \" \\ | ? * or a control character");
    }
    if (WINDOWS_RESERVED.matcher(segment).matches()) {
      return Optional.of("'" + segment + "' is a reserved name on Windows");
    }
    if (segment.endsWith(" ") || segment.endsWith(".")) {
      return Optional.of("'" + segment + "' ends with a space or a dot");
    }
    return Optional.empty();
  }

  private static String printable(String segment) {
    return segment.replaceAll("[\\x00-\\x1F\\x7F]", "?");
  }

  /** The folders and the file name, e.g. [DCIM, photo.jpg]. */
  public List<String> segments() {
    return List.of(value.split("/"));
  }

  /** The extension in lower case without the dot, or "" when there is none. */
  public String extension() {
    String last = segments().get(segments().size() - 1);
    int dot = last.lastIndexOf('.');
    return dot <= 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** True for a QGIS project file, {@code .qgs} or {@code .qgz}, at the top of the project. */
  public boolean isQgisProjectFile() {
    return segments().size() == 1 && (extension().equals("qgs") || extension().equals("qgz"));
  }

  @Override
  public String toString() {
    return value;
  }
}

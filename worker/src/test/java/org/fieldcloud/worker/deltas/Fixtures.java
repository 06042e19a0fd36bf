package org.fieldcloud.worker.deltas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.fieldcloud.worker.deltas.deltafile.DeltaFile;
import org.fieldcloud.worker.deltas.deltafile.DeltaFileReader;

/**
 * The QFieldCloud delta fixtures in the shared test data, read in place (never copied into the
 * repository). Found by walking up from the working directory to a folder holding {@code
 * shared/testdata/qfieldcloud}, or from {@code FIELDCLOUD_TESTDATA}.
 */
public final class Fixtures {

  private Fixtures() {}

  public static Path testdata() {
    String env = System.getenv("FIELDCLOUD_TESTDATA");
    if (env != null) {
      return Path.of(env);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/testdata/qfieldcloud");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/testdata/qfieldcloud not found above the cwd");
  }

  /** {@code core/tests/testdata/delta}: project files, testdata.gpkg, CSV and GeoJSON. */
  public static Path deltaDir() {
    return testdata().resolve("core/tests/testdata/delta");
  }

  public static Path deltafile(String name) {
    return deltaDir().resolve("deltas").resolve(name);
  }

  public static DeltaFile read(String name) {
    try {
      return new DeltaFileReader().read(deltafile(name));
    } catch (Exception e) {
      throw new IllegalStateException("fixture " + name + " cannot be read", e);
    }
  }

  /** A writable copy of the delta project folder (data and project files, not the deltas). */
  public static Path copyProject(Path target) {
    try (Stream<Path> files = Files.list(deltaDir())) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = target.resolve(f.getFileName());
        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        to.toFile().setWritable(true);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

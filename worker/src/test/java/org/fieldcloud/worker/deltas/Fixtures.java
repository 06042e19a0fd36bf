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
 * repository); located by {@link org.fieldcloud.worker.Fixtures}.
 */
public final class Fixtures {

  private Fixtures() {}

  /** {@code core/tests/testdata/delta}: project files, testdata.gpkg, CSV and GeoJSON. */
  public static Path deltaDir() {
    return org.fieldcloud.worker.Fixtures.core("delta");
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

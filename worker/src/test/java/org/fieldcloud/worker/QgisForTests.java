package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.qgis.QgisRuntime;

/** The machine's real PyQGIS (Debian's /usr/bin/python3), detected once for all tests. */
public final class QgisForTests {

  private static QgisRuntime runtime;

  private QgisForTests() {}

  public static synchronized QgisRuntime runtime() {
    if (runtime == null) {
      runtime = QgisRuntime.detect(QgisRuntime.DEFAULT_PYTHON);
    }
    assumeTrue(runtime.available(), () -> runtime.unavailableReason().orElse(""));
    return runtime;
  }

  public static QgisProbe.Report probe(Path projectFile, Path thumbnail, Path scratch)
      throws IOException {
    return new QgisProbe(runtime(), Duration.ofMinutes(3)).probe(projectFile, thumbnail, scratch);
  }
}

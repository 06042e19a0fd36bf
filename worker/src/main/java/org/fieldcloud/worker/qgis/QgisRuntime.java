package org.fieldcloud.worker.qgis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether PyQGIS is usable here: Debian's {@code /usr/bin/python3} exists and can {@code import
 * qgis.core}. A worker started by the process runner on a machine without QGIS still runs; only the
 * steps that need QGIS are skipped.
 */
public final class QgisRuntime {

  public static final Path DEFAULT_PYTHON = Path.of("/usr/bin/python3");

  private final Path python;
  private final String unavailableReason;
  private final String version;

  private QgisRuntime(Path python, String unavailableReason) {
    this(python, unavailableReason, null);
  }

  private QgisRuntime(Path python, String unavailableReason, String version) {
    this.python = python;
    this.unavailableReason = unavailableReason;
    this.version = version;
  }

  /** The QGIS version, e.g. {@code 3.22.16-Białowieża}; null when unavailable. */
  public String version() {
    return version;
  }

  /** Probes the given interpreter once (about a second: it loads the QGIS libraries). */
  public static QgisRuntime detect(Path python) {
    if (!Files.isExecutable(python)) {
      return new QgisRuntime(python, "QGIS is not available: " + python + " does not exist");
    }
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      python.toString(), "-c", "from qgis.core import Qgis; print(Qgis.version())"))
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new QgisRuntime(python, "QGIS is not available: importing qgis timed out");
      }
      String output =
          new String(
                  process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .trim();
      if (process.exitValue() != 0) {
        String lastLine = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
        return new QgisRuntime(
            python, "QGIS is not available: " + python + " cannot import qgis (" + lastLine + ")");
      }
      String version = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
      return new QgisRuntime(python, null, version);
    } catch (IOException e) {
      return new QgisRuntime(python, "QGIS is not available: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new QgisRuntime(python, "QGIS is not available: interrupted");
    }
  }

  /** A runtime that is known to be absent, e.g. when the environment disables QGIS. */
  public static QgisRuntime unavailable(String reason) {
    return new QgisRuntime(DEFAULT_PYTHON, reason);
  }

  public boolean available() {
    return unavailableReason == null;
  }

  public Optional<String> unavailableReason() {
    return Optional.ofNullable(unavailableReason);
  }

  public Path python() {
    return python;
  }
}

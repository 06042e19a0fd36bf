package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference fixtures beside the repository (shared/testdata/qfieldcloud), read in place: from
 * the system property {@code fieldcloud.testdata} (the build sets it), else the first folder above
 * the working directory that holds them (a benchmark run from the repository root).
 */
public final class Fixtures {

  private Fixtures() {}

  public static Path root() {
    String configured = System.getProperty("fieldcloud.testdata");
    Path root =
        (configured != null ? Path.of(configured) : searchUpward()).toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(root), "reference fixtures not found at " + root.toAbsolutePath());
    return root;
  }

  private static Path searchUpward() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/testdata/qfieldcloud");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("shared/testdata/qfieldcloud");
  }

  public static Path core(String relative) {
    return root().resolve("core/tests/testdata").resolve(relative);
  }

  public static Path worker(String relative) {
    return root().resolve("worker/tests/testdata").resolve(relative);
  }

  public static Path beeFarming() {
    return core("simple_bee_farming/real_files/simple_bee_farming.qgs");
  }

  public static Path deltaProject() {
    return core("delta/project.qgs");
  }

  public static Path simpleProject() {
    return worker("simple_project/project.qgs");
  }

  public static Path brokenDatasource() {
    return core("delta/project_broken_datasource.qgs");
  }

  public static Path invalidExtent() {
    return core("project_with_invalid_extent.qgs");
  }

  public static Path wrongLocalized() {
    return core("simple_bumblebees_wrong_localized.qgs");
  }

  public static Path correctLocalized() {
    return core("simple_bumblebees_correct_localized.qgs");
  }

  public static Path multipolygons() {
    return core("multipolygons.qgs");
  }

  public static Path brokenXml() {
    return core("delta/broken.qgs");
  }
}

package org.fieldcloud.worker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference fixtures beside the repository (shared/testdata/qfieldcloud), read in place. */
public final class Fixtures {

  private Fixtures() {}

  public static Path root() {
    Path root =
        Path.of(System.getProperty("fieldcloud.testdata", "../../shared/testdata/qfieldcloud"));
    assertTrue(Files.isDirectory(root), "reference fixtures not found at " + root.toAbsolutePath());
    return root;
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

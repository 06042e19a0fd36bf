package org.fieldcloud.files.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "project.qgs",
        "DCIM/photo 1.jpg",
        "data/sub folder/bees.gpkg",
        "ümlaut-ß.txt",
        ".hidden",
        "a..b.txt",
        "CONSOLE.txt"
      })
  void acceptsOrdinaryNames(String name) {
    assertEquals(Optional.empty(), FileName.problem(name), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/etc/passwd",
        "../secret.txt",
        "DCIM/../../x",
        "a/./b",
        "a//b",
        "a/",
        " lead.txt",
        "trail.txt ",
        "dot.",
        "dir /x.txt",
        "a<b",
        "a:b",
        "back\\slash",
        "pipe|x",
        "ques?",
        "star*",
        "tab\there",
        "nul\u0000x",
        "CON",
        "com1.txt",
        "LPT9",
        "dir/aux.gpkg"
      })
  void rejectsUnsafeNames(String name) {
    assertTrue(FileName.problem(name).isPresent(), name);
    assertThrows(InvalidFileNameException.class, () -> new FileName(name));
  }

  @Test
  void rejectsTooLongNames() {
    assertTrue(FileName.problem("a".repeat(256)).isPresent());
    assertFalse(FileName.problem("a".repeat(255)).isPresent());
  }

  @Test
  void explainsTheProblemInWords() {
    assertEquals(
        "Invalid file name: the file name contains the folder name '..'.",
        assertThrows(InvalidFileNameException.class, () -> new FileName("../x")).getMessage());
  }

  @Test
  void knowsQgisProjectFilesAndSegments() {
    assertTrue(new FileName("Bees.QGZ").isQgisProjectFile());
    assertFalse(new FileName("old/bees.qgs").isQgisProjectFile());
    assertFalse(new FileName("bees.gpkg").isQgisProjectFile());
    assertEquals(List.of("DCIM", "a.jpg"), new FileName("DCIM/a.jpg").segments());
    assertEquals("", new FileName(".hidden").extension());
  }
}

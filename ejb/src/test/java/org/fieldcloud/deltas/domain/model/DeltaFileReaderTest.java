package org.fieldcloud.deltas.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The upload checks of jobs.md 3.3 against every reference deltafile and hand-made bad ones. */
class DeltaFileReaderTest {

  private static final String VALID =
      """
      {"version": "1.0", "project": "e02d02cc-af1b-414c-a14c-e2ed5dfee52f",
       "id": "7c77388e-f902-43b9-8016-4e44c5394f66", "files": [],
       "deltas": [{"uuid": "65b605b4-9832-4de0-9055-92e1dd94ebec",
         "clientId": "cd517e24-a520-4021-8850-e5af70e3a612",
         "localPk": "1", "sourcePk": "1", "localLayerId": "a", "sourceLayerId": "b",
         "method": "patch", "new": {"attributes": {"int": 666}},
         "old": {"attributes": {"int": 1}, "geometry": null}}]}
      """;

  static Stream<Path> referenceDeltafiles() throws IOException {
    return Files.list(deltasFolder()).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceDeltafiles")
  void everyReferenceDeltafileGetsTheContractsAnswer(Path fixture) throws Exception {
    String text = Files.readString(fixture);
    if (fixture.getFileName().toString().equals("not_schema_valid.json")) {
      var e = assertThrows(InvalidDeltaFileException.class, () -> DeltaFileReader.read(text));
      assertTrue(e.getMessage().contains("'deltas' is a required property"), e.getMessage());
      assertEquals(UUID.fromString("7c77388e-f902-43b9-8016-4e44c5394f66"), e.deltafileId().get());
      return;
    }
    // Every other fixture is a valid deltafile, with_errors.json included: its unknown layer is
    // the worker's business (not_applied), not the upload's.
    DeltaFile file = DeltaFileReader.read(text);
    assertFalse(file.deltas().isEmpty(), fixture.toString());
    assertEquals(36, file.project().length());
  }

  @Test
  void aValidFileIsReadWithItsDeltasAsSent() throws Exception {
    DeltaFile file = DeltaFileReader.read(VALID);
    assertEquals(UUID.fromString("7c77388e-f902-43b9-8016-4e44c5394f66"), file.id());
    assertEquals("e02d02cc-af1b-414c-a14c-e2ed5dfee52f", file.project());
    assertEquals(1, file.deltas().size());
    assertEquals(
        UUID.fromString("65b605b4-9832-4de0-9055-92e1dd94ebec"),
        DeltaFile.uuidOf(file.deltas().get(0)));
    assertEquals("patch", DeltaFile.methodOf(file.deltas().get(0)));
  }

  @Test
  void theLiteralNullEscapeIsRemovedBeforeParsing() throws Exception {
    DeltaFile file = DeltaFileReader.read(VALID.replace("\"a\"", "\"a\\u0000\""));
    assertEquals("a", file.deltas().get(0).getString("localLayerId"));
  }

  static List<Object[]> brokenFiles() {
    return List.of(
        new Object[] {"not json at all", "not valid JSON"},
        new Object[] {"[]", "[] is not of type 'object'"},
        new Object[] {VALID.replace("\"1.0\"", "\"2.0\""), "'2.0' is not one of ['1.0']"},
        new Object[] {
          VALID.replace("e02d02cc-af1b-414c-a14c-e2ed5dfee52f", "my-project"),
          "At project: 'my-project' is not a 'uuid'"
        },
        new Object[] {
          VALID.replace("\"files\": []", "\"files\": [\"a.jpg\", \"a.jpg\"]"),
          "At files: ['a.jpg', 'a.jpg'] has non-unique elements"
        },
        new Object[] {VALID.replace("\"files\": [],", ""), "'files' is a required property"},
        new Object[] {
          VALID.replace("\"method\": \"patch\"", "\"method\": \"update\""),
          "At deltas[0].method: 'update' is not one of ['create', 'patch', 'delete']"
        },
        new Object[] {
          VALID.replace("\"localPk\": \"1\",", ""), "At deltas[0]: 'localPk' is a required property"
        },
        new Object[] {
          VALID.replace("\"localPk\": \"1\"", "\"localPk\": 1"),
          "At deltas[0].localPk: 1 is not of type 'string'"
        },
        new Object[] {
          VALID.replace("\"geometry\": null", "\"geometry\": 5"),
          "At deltas[0].old.geometry: 5 is not of type ['string', 'null']"
        },
        new Object[] {
          VALID.replace("\"geometry\": null", "\"shape\": null"),
          "At deltas[0].old: Additional properties are not allowed ('shape' was unexpected)"
        },
        new Object[] {
          VALID.replace("\"new\": {", "\"new\": {\"is_snapshot\": \"no\", "),
          "At deltas[0].new.is_snapshot: 'no' is not of type 'boolean'"
        },
        new Object[] {
          VALID.replace("\"deltas\": [", "\"clientPks\": [], \"deltas\": ["),
          "At clientPks: [] is not of type 'object'"
        },
        new Object[] {
          VALID.replace("\"clientId\": \"cd517e24-a520-4021-8850-e5af70e3a612\",", ""),
          "At deltas[0]: 'clientId' is a required property"
        });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("brokenFiles")
  void aBrokenFileIsRefusedWithTheReason(String text, String reason) {
    var e = assertThrows(InvalidDeltaFileException.class, () -> DeltaFileReader.read(text));
    assertTrue(e.getMessage().contains(reason), () -> e.getMessage() + " lacks " + reason);
  }

  @Test
  void schemaWithAnUnknownAssertionIsRefusedWhenLoaded() {
    var schema =
        jakarta.json.Json.createReader(
                new java.io.StringReader("{\"type\": \"object\", \"minProperties\": 1}"))
            .readObject();
    assertThrows(IllegalArgumentException.class, () -> new JsonSchemaDraft7(schema));
  }

  static Path deltasFolder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/testdata/qfieldcloud/core/tests/testdata/delta/deltas");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("reference fixtures (shared/testdata) not found");
  }
}

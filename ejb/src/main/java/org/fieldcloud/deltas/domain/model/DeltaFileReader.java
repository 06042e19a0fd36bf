package org.fieldcloud.deltas.domain.model;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads an uploaded deltafile (jobs.md 3.3 steps 2-3, api.md 6.10): removes the literal {@code
 * \u0000} escapes, parses the JSON, checks it against {@code schemas/deltafile_01.json} (Draft-07)
 * and checks that every delta has the {@code clientId} the server needs. Anything wrong is an
 * {@link InvalidDeltaFileException} whose message names the problem.
 */
public final class DeltaFileReader {

  /** The bundled schema: the reference's, as the worker reads it (with {@code clientPks}). */
  public static final String SCHEMA_RESOURCE = "/schemas/deltafile_01.json";

  private static final int MAX_REPORTED_ERRORS = 5;
  private static final JsonSchemaDraft7 SCHEMA = new JsonSchemaDraft7(loadSchema());

  private DeltaFileReader() {}

  public static DeltaFile read(String text) throws InvalidDeltaFileException {
    String cleaned = stripJsonNullEscapes(text);
    JsonValue json;
    try (var reader = Json.createReader(new StringReader(cleaned))) {
      json = reader.readValue();
    } catch (JsonParsingException e) {
      throw new InvalidDeltaFileException(
          "The deltafile is not valid JSON: " + e.getMessage(), null, e);
    } catch (JsonException e) {
      throw new InvalidDeltaFileException("The deltafile is not valid JSON.", null, e);
    }
    UUID id = idIfReadable(json);
    List<String> errors = SCHEMA.validate(json);
    if (!errors.isEmpty()) {
      throw new InvalidDeltaFileException(
          "The deltafile does not match the deltafile schema: " + summary(errors), id, null);
    }
    JsonObject file = json.asJsonObject();
    List<JsonObject> deltas = new ArrayList<>();
    var array = file.getJsonArray("deltas");
    for (int i = 0; i < array.size(); i++) {
      JsonObject delta = array.getJsonObject(i);
      if (!(delta.get("clientId") instanceof JsonString)) {
        throw new InvalidDeltaFileException(
            "At deltas[" + i + "]: 'clientId' is a required property.", id, null);
      }
      deltas.add(delta);
    }
    return new DeltaFile(id, file.getString("project"), deltas);
  }

  /** QField may write the escape {@code \u0000}, which PostgreSQL cannot store in text. */
  public static String stripJsonNullEscapes(String text) {
    return text.replace("\\u0000", "");
  }

  private static UUID idIfReadable(JsonValue json) {
    if (json instanceof JsonObject object && object.get("id") instanceof JsonString id) {
      try {
        return UUID.fromString(id.getString());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static String summary(List<String> errors) {
    String shown =
        String.join("; ", errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
    int more = errors.size() - MAX_REPORTED_ERRORS;
    return more > 0 ? shown + "; and " + more + " more." : shown + ".";
  }

  private static JsonObject loadSchema() {
    try (InputStream in = DeltaFileReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the application");
      }
      try (var reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

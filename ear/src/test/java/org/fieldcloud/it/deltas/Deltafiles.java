package org.fieldcloud.it.deltas;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;

/**
 * The reference deltafiles (shared/testdata), made fit for one test: the target project set, and
 * every uuid (file id, delta uuid, clientId, exportId) replaced by a fresh one, consistently
 * through {@link Ids}. The database is shared by all tests and delta uuids are global, and
 * clientPks are looked up across projects by clientId, so tests must not share them.
 */
final class Deltafiles {

  private static final Set<String> ID_KEYS = Set.of("uuid", "clientId", "exportId");

  private Deltafiles() {}

  /** Old uuid → fresh uuid, shared by the deltafiles of one test (multistage uploads). */
  static final class Ids {
    private final Map<String, String> fresh = new HashMap<>();

    String of(String old) {
      return fresh.computeIfAbsent(old, o -> UUID.randomUUID().toString());
    }
  }

  static JsonObject fixture(String name) {
    try {
      return parse(Files.readString(folder().resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture for {@code projectId}, with a new file id and fresh delta ids from {@code ids}. */
  static JsonObject forProject(String name, String projectId, Ids ids) {
    return forProject(fixture(name), projectId, ids);
  }

  static JsonObject forProject(JsonObject file, String projectId, Ids ids) {
    JsonArrayBuilder deltas = Json.createArrayBuilder();
    for (JsonValue delta : file.getJsonArray("deltas")) {
      JsonObjectBuilder d = Json.createObjectBuilder(delta.asJsonObject());
      for (String key : ID_KEYS) {
        if (delta.asJsonObject().get(key) instanceof JsonString id) {
          d.add(key, ids.of(id.getString()));
        }
      }
      deltas.add(d);
    }
    return Json.createObjectBuilder(file)
        .add("project", projectId)
        .add("id", UUID.randomUUID().toString())
        .add("deltas", deltas)
        .build();
  }

  /** A deltafile of {@code count} create deltas of one client. */
  static JsonObject creates(String projectId, int count) {
    String client = UUID.randomUUID().toString();
    JsonArrayBuilder deltas = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      deltas.add(
          Json.createObjectBuilder()
              .add("uuid", UUID.randomUUID().toString())
              .add("clientId", client)
              .add("localPk", Integer.toString(10_000 + i))
              .add("sourcePk", "")
              .add("localLayerId", "points")
              .add("sourceLayerId", "points")
              .add("method", "create")
              .add(
                  "new",
                  Json.createObjectBuilder()
                      .add("geometry", "Point (" + i + " 1)")
                      .add("attributes", Json.createObjectBuilder().add("int", i))));
    }
    return Json.createObjectBuilder()
        .add("version", "1.0")
        .add("project", projectId)
        .add("id", UUID.randomUUID().toString())
        .add("files", Json.createArrayBuilder())
        .add("deltas", deltas)
        .build();
  }

  /** Uploads as QField does: part {@code text} = {}, part {@code file} as JSON with a temp path. */
  static ApiResponse pushAsQField(ApiClient api, String projectId, String deltafile) {
    return api.withUserAgent("qfield|3.5.2|local|c5d7b1a|android|14 QGIS/34003/Linux")
        .postParts(
            "deltas/" + projectId,
            List.of(
                new ApiClient.Part(
                    "text", null, "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                new ApiClient.Part(
                    "file",
                    "/storage/emulated/0/Android/data/ch.opengis.qfield/cache/qt_temp.Xa1b2c",
                    "application/json",
                    deltafile.getBytes(StandardCharsets.UTF_8))));
  }

  /** Uploads as the SDK's {@code delta-push} does: part {@code file} named after the local file. */
  static ApiResponse pushAsSdk(ApiClient api, String projectId, String deltafile) {
    return api.postFile(
        "deltas/" + projectId,
        "file",
        "deltafile.json",
        deltafile.getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static Path folder() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/testdata/qfieldcloud/core/tests/testdata/delta/deltas");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("reference fixtures (shared/testdata) not found");
  }
}

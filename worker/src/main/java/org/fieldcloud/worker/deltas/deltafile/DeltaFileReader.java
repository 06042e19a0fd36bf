package org.fieldcloud.worker.deltas.deltafile;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a deltafile and checks it against the rules of {@code deltafile_01.json} (plus the worker's
 * {@code clientPks}). The top level must be valid or the whole file is refused; each delta is
 * checked on its own, so one broken delta gets its own error and the others still apply.
 */
public final class DeltaFileReader {

  private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");
  private static final Set<String> STATE_KEYS =
      Set.of("geometry", "attributes", "files_sha256", "is_snapshot");

  public DeltaFile read(Path file) throws IOException, InvalidDeltaFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public DeltaFile read(InputStream in) throws InvalidDeltaFileException {
    JsonValue root;
    try (var reader = Json.createReader(in)) {
      root = reader.readValue();
    } catch (JsonParsingException e) {
      throw new InvalidDeltaFileException("The deltafile is not valid JSON: " + e.getMessage(), e);
    } catch (JsonException e) {
      throw new InvalidDeltaFileException("The deltafile cannot be read: " + e.getMessage(), e);
    }
    if (!(root instanceof JsonObject top)) {
      throw new InvalidDeltaFileException("The deltafile must be a JSON object");
    }
    for (String key : List.of("version", "project", "id", "deltas", "files")) {
      if (!top.containsKey(key)) {
        throw new InvalidDeltaFileException("'" + key + "' is a required property");
      }
    }
    String version = requireString(top, "version", "the deltafile");
    if (!"1.0".equals(version)) {
      throw new InvalidDeltaFileException(
          "Unsupported deltafile version '" + version + "'; only '1.0' is known");
    }
    String project = requireUuid(top, "project", "the deltafile");
    String id = requireUuid(top, "id", "the deltafile");
    if (!(top.get("deltas") instanceof JsonArray deltas)) {
      throw new InvalidDeltaFileException("'deltas' must be an array");
    }
    List<String> files = readFiles(top);
    Map<String, String> clientPks = readClientPks(top);

    List<DeltaEntry> entries = new ArrayList<>(deltas.size());
    for (int i = 0; i < deltas.size(); i++) {
      entries.add(readEntry(i, deltas.get(i)));
    }
    return new DeltaFile(
        id, project, version, Collections.unmodifiableList(entries), files, clientPks);
  }

  private static List<String> readFiles(JsonObject top) throws InvalidDeltaFileException {
    if (!(top.get("files") instanceof JsonArray arr)) {
      throw new InvalidDeltaFileException("'files' must be an array");
    }
    List<String> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonValue v : arr) {
      if (!(v instanceof JsonString s)) {
        throw new InvalidDeltaFileException("'files' must hold only strings");
      }
      if (!seen.add(s.getString())) {
        throw new InvalidDeltaFileException("'files' has a duplicate: " + s.getString());
      }
      files.add(s.getString());
    }
    return List.copyOf(files);
  }

  /**
   * The server always adds {@code clientPks}; a deltafile straight from QField has none, which is
   * read as "no mapping" so the command can also be run on client files by hand.
   */
  private static Map<String, String> readClientPks(JsonObject top)
      throws InvalidDeltaFileException {
    if (!top.containsKey("clientPks") || top.isNull("clientPks")) {
      return Map.of();
    }
    if (!(top.get("clientPks") instanceof JsonObject obj)) {
      throw new InvalidDeltaFileException("'clientPks' must be an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (var e : obj.entrySet()) {
      JsonValue v = e.getValue();
      if (v instanceof JsonString s) {
        map.put(e.getKey(), s.getString());
      } else if (v instanceof JsonNumber n) {
        map.put(e.getKey(), n.toString());
      } else if (v != JsonValue.NULL) {
        throw new InvalidDeltaFileException(
            "'clientPks' value for '" + e.getKey() + "' must be a string");
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private DeltaEntry readEntry(int index, JsonValue value) {
    if (!(value instanceof JsonObject obj)) {
      return DeltaEntry.invalid(index, null, "delta " + index + " is not a JSON object");
    }
    try {
      return DeltaEntry.valid(obj, readDelta(index, obj));
    } catch (InvalidDeltaFileException e) {
      return DeltaEntry.invalid(index, obj, "Invalid delta: " + e.getMessage());
    }
  }

  private Delta readDelta(int index, JsonObject obj) throws InvalidDeltaFileException {
    String where = "delta " + index;
    for (String key :
        List.of("uuid", "localPk", "sourcePk", "localLayerId", "sourceLayerId", "method")) {
      if (!obj.containsKey(key)) {
        throw new InvalidDeltaFileException("'" + key + "' is a required property of " + where);
      }
    }
    String uuid = requireUuid(obj, "uuid", where);
    String methodName = requireString(obj, "method", where);
    DeltaMethod method =
        DeltaMethod.fromWireName(methodName)
            .orElseThrow(
                () ->
                    new InvalidDeltaFileException(
                        "'method' of "
                            + where
                            + " is '"
                            + methodName
                            + "', expected create, patch or delete"));
    String localLayerId = requireString(obj, "localLayerId", where);
    if (localLayerId.isEmpty()) {
      throw new InvalidDeltaFileException("'localLayerId' of " + where + " is empty");
    }
    String sourceLayerId = requireString(obj, "sourceLayerId", where);
    if (sourceLayerId.isEmpty()) {
      sourceLayerId = localLayerId; // as the reference worker does
    }
    String clientId = optionalString(obj, "clientId", where);
    if (clientId != null && !isUuid(clientId)) {
      throw new InvalidDeltaFileException("'clientId' of " + where + " is not a uuid");
    }
    FeatureState oldState = readState(obj, "old", where);
    FeatureState newState = readState(obj, "new", where);
    if ((method == DeltaMethod.CREATE || method == DeltaMethod.PATCH) && !obj.containsKey("new")) {
      throw new InvalidDeltaFileException(
          "'new' is required for a " + method.wireName() + " (" + where + ")");
    }
    return new Delta(
        index,
        uuid,
        clientId,
        method,
        localLayerId,
        sourceLayerId,
        optionalString(obj, "localLayerCrs", where),
        requireString(obj, "localPk", where),
        requireString(obj, "sourcePk", where),
        oldState,
        newState);
  }

  private FeatureState readState(JsonObject delta, String key, String where)
      throws InvalidDeltaFileException {
    if (!delta.containsKey(key) || delta.isNull(key)) {
      return FeatureState.ABSENT;
    }
    if (!(delta.get(key) instanceof JsonObject obj)) {
      throw new InvalidDeltaFileException("'" + key + "' of " + where + " must be an object");
    }
    String at = "'" + key + "' of " + where;
    for (String k : obj.keySet()) {
      if (!STATE_KEYS.contains(k)) {
        throw new InvalidDeltaFileException(at + " has an unknown property '" + k + "'");
      }
    }
    boolean geometryPresent = obj.containsKey("geometry");
    String wkt = null;
    if (geometryPresent && !obj.isNull("geometry")) {
      if (!(obj.get("geometry") instanceof JsonString s)) {
        throw new InvalidDeltaFileException(at + ": 'geometry' must be a WKT string or null");
      }
      wkt = s.getString();
    }
    Map<String, JsonValue> attributes = Map.of();
    if (obj.containsKey("attributes") && !obj.isNull("attributes")) {
      if (!(obj.get("attributes") instanceof JsonObject attrs)) {
        throw new InvalidDeltaFileException(at + ": 'attributes' must be an object");
      }
      attributes = attrs; // already an unmodifiable map in the order sent
    }
    Map<String, String> files = new LinkedHashMap<>();
    if (obj.containsKey("files_sha256") && !obj.isNull("files_sha256")) {
      if (!(obj.get("files_sha256") instanceof JsonObject fo)) {
        throw new InvalidDeltaFileException(at + ": 'files_sha256' must be an object");
      }
      for (var e : fo.entrySet()) {
        if (e.getValue() == JsonValue.NULL) {
          files.put(e.getKey(), null); // the phone did not have the file
        } else if (e.getValue() instanceof JsonString s
            && SHA256_HEX.matcher(s.getString()).matches()) {
          files.put(e.getKey(), s.getString().toLowerCase(java.util.Locale.ROOT));
        } else {
          throw new InvalidDeltaFileException(
              at + ": 'files_sha256' of '" + e.getKey() + "' is not a hex SHA-256 or null");
        }
      }
    }
    boolean snapshot = false;
    if (obj.containsKey("is_snapshot")) {
      JsonValue v = obj.get("is_snapshot");
      if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
        throw new InvalidDeltaFileException(at + ": 'is_snapshot' must be a boolean");
      }
      snapshot = v == JsonValue.TRUE;
    }
    return new FeatureState(
        geometryPresent, wkt, attributes, Collections.unmodifiableMap(files), snapshot);
  }

  private static String requireString(JsonObject obj, String key, String where)
      throws InvalidDeltaFileException {
    if (!(obj.get(key) instanceof JsonString s)) {
      throw new InvalidDeltaFileException("'" + key + "' of " + where + " must be a string");
    }
    return s.getString();
  }

  private static String optionalString(JsonObject obj, String key, String where)
      throws InvalidDeltaFileException {
    if (!obj.containsKey(key) || obj.isNull(key)) {
      return null;
    }
    return requireString(obj, key, where);
  }

  /** 8-4-4-4-12 hex digits, checked by hand: this runs twice per delta. */
  static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String requireUuid(JsonObject obj, String key, String where)
      throws InvalidDeltaFileException {
    String s = requireString(obj, key, where);
    if (!isUuid(s)) {
      throw new InvalidDeltaFileException("'" + key + "' of " + where + " is not a uuid: " + s);
    }
    return s;
  }
}

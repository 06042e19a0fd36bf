package org.fieldcloud.projects.domain.model;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the server reads from a project's {@code project_details} (written by process_projectfile,
 * jobs.md 2.7, 6.4): the attachment folders and whether some vector layer lives online.
 */
public final class ProjectDetails {

  private static final Set<String> VECTOR_TYPE_NAMES = Set.of("Vector", "VectorLayer");

  // Once: Json.createReader looks the JSON-P provider up with a ServiceLoader on every call, and
  // a project list reads the details of every packaged project (docs/benchmarks.md).
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private final JsonObject details;

  private ProjectDetails(JsonObject details) {
    this.details = details;
  }

  /** The details stored on the project, if it has readable ones. */
  public static Optional<ProjectDetails> of(Project project) {
    return parse(project.getProjectDetails());
  }

  public static Optional<ProjectDetails> parse(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = READERS.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(new ProjectDetails(value.asJsonObject()))
          : Optional.empty();
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /**
   * The folders whose files are attachments, as the project names them, else {@code defaults} (the
   * configured ones, {@code DCIM} unless changed).
   */
  public static List<String> attachmentDirs(Project project, List<String> defaults) {
    return of(project).map(d -> d.attachmentDirs(defaults)).orElse(defaults);
  }

  public List<String> attachmentDirs(List<String> defaults) {
    JsonValue dirs = details.get("attachment_dirs");
    if (dirs == null || dirs.getValueType() != JsonValue.ValueType.ARRAY) {
      return defaults;
    }
    List<String> names = new ArrayList<>();
    for (JsonValue dir : dirs.asJsonArray()) {
      if (dir instanceof JsonString text && !text.getString().isEmpty()) {
        names.add(text.getString());
      }
    }
    return names.isEmpty() ? defaults : List.copyOf(names);
  }

  /**
   * Whether a vector layer reads its data from a server (PostGIS, WFS, ...), so that a package can
   * be outdated without any upload (jobs.md 2.7): a vector layer without a file name that is
   * neither a {@code memory} layer nor a {@code virtual} layer built from other layers. Empty when
   * the details have no layers.
   */
  public Optional<Boolean> hasOnlineVectorData() {
    JsonValue layers = details.get("layers_by_id");
    if (layers == null || layers.getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    for (JsonValue value : layers.asJsonObject().values()) {
      if (value.getValueType() == JsonValue.ValueType.OBJECT
          && isOnlineVector(value.asJsonObject())) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  private static boolean isOnlineVector(JsonObject layer) {
    if (!VECTOR_TYPE_NAMES.contains(text(layer, "type_name"))) {
      return false;
    }
    String provider = text(layer, "provider_name");
    if (provider.equals("memory")) {
      return false;
    }
    if (provider.equals("virtual") && !text(layer, "datasource").contains("layer=")) {
      return false;
    }
    return text(layer, "filename").isEmpty();
  }

  /** A string member, or "" when it is absent, null or not a string. */
  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString s ? s.getString() : "";
  }
}

package org.fieldcloud.shared.interfaces.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * The fields of a request body, whichever way the client sent them: JSON object, form-encoded or
 * multipart (api.md 1.2). Take it as the entity parameter of a resource method; {@link
 * RequestFieldsReader} fills it. Every value is text, as in a form: JSON numbers and booleans
 * arrive as their JSON text, nested objects and arrays as JSON text, {@code null} as absent.
 */
public final class RequestFields {

  private final Map<String, String> values;

  public RequestFields(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static RequestFields empty() {
    return new RequestFields(Map.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** A field that must be present and not blank, else 400 {@code api_error}. */
  public String requiredText(String name) {
    return text(name)
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.API_ERROR, 400, "The field '" + name + "' is required."));
  }

  /** A boolean field in any spelling of {@link BooleanValues}; another value is a 400. */
  public Optional<Boolean> bool(String name) {
    return text(name)
        .map(
            v ->
                BooleanValues.parse(v)
                    .orElseThrow(
                        () ->
                            new ApiException(
                                ErrorCode.API_ERROR,
                                400,
                                "The field '" + name + "' must be a boolean, not '" + v + "'.")));
  }

  public Map<String, String> asMap() {
    return values;
  }
}

package org.fieldcloud.shared.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the Python clients expect it: snake_case names and explicit {@code null}s (QField reads
 * fields by name and treats a missing key differently from null), datetimes per {@link
 * ApiDateTimes}.
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withNullValues(true)
              .withAdapters(ApiDateTimes.configured()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}

package org.fieldcloud.shared.interfaces.rest;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Datetimes as the API writes them (api.md 1.3): ISO-8601 with microseconds, in the configured zone
 * ({@code fieldcloud.time-zone}) with its offset, {@code Z} for UTC. Registered for every {@link
 * OffsetDateTime} by {@link JsonbConfigResolver}.
 */
public final class ApiDateTimes implements JsonbAdapter<OffsetDateTime, String> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

  private final ZoneId zone;

  public ApiDateTimes(ZoneId zone) {
    this.zone = zone;
  }

  public String format(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(zone).format(FORMAT);
  }

  @Override
  public String adaptToJson(OffsetDateTime time) {
    return format(time);
  }

  @Override
  public OffsetDateTime adaptFromJson(String text) {
    return text == null ? null : OffsetDateTime.parse(text);
  }
}

package org.fieldcloud.shared.interfaces.rest;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Datetimes as the API writes them (api.md 1.3): ISO-8601 with microseconds, in the configured zone
 * ({@code fieldcloud.time-zone}) with its offset, {@code Z} for UTC. Registered for every {@link
 * OffsetDateTime} by {@link JsonbConfigResolver}.
 */
public final class ApiDateTimes implements JsonbAdapter<OffsetDateTime, String> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId zone;

  /** The zone's one offset when it has only one (UTC, the default), else null. */
  private final ZoneOffset fixedOffset;

  public ApiDateTimes(ZoneId zone) {
    this.zone = zone;
    this.fixedOffset =
        zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
  }

  /** The datetimes of {@code fieldcloud.time-zone}; an unknown zone stops the deployment. */
  public static ApiDateTimes configured() {
    return Configured.INSTANCE;
  }

  private static final class Configured {
    static final ApiDateTimes INSTANCE =
        new ApiDateTimes(
            ZoneId.of(
                ConfigProvider.getConfig()
                    .getOptionalValue("fieldcloud.time-zone", String.class)
                    .filter(zone -> !zone.isBlank())
                    .orElse("UTC")));
  }

  /**
   * The same text as {@link #FORMAT}, written by hand for the common case (years 0 to 9999, offsets
   * in whole minutes): a list of a thousand projects writes several thousand of these, and the
   * formatter was a noticeable part of its cost (docs/benchmarks.md, projects-list).
   */
  public String format(OffsetDateTime time) {
    if (time == null) {
      return null;
    }
    ZoneOffset offset =
        fixedOffset != null ? fixedOffset : zone.getRules().getOffset(time.toInstant());
    int offsetSeconds = offset.getTotalSeconds();
    long local = time.toEpochSecond() + offsetSeconds;
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY));
    int year = date.getYear();
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
      return time.atZoneSameInstant(zone).format(FORMAT);
    }
    int second = (int) Math.floorMod(local, SECONDS_PER_DAY);
    char[] text = new char[offsetSeconds == 0 ? 27 : 32];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, second / 3600, 2);
    text[13] = ':';
    digits(text, 14, second / 60 % 60, 2);
    text[16] = ':';
    digits(text, 17, second % 60, 2);
    text[19] = '.';
    digits(text, 20, time.getNano() / 1000, 6);
    if (offsetSeconds == 0) {
      text[26] = 'Z';
    } else {
      int minutes = Math.abs(offsetSeconds) / 60;
      text[26] = offsetSeconds < 0 ? '-' : '+';
      digits(text, 27, minutes / 60, 2);
      text[29] = ':';
      digits(text, 30, minutes % 60, 2);
    }
    return new String(text);
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
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

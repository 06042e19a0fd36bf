package org.fieldcloud.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written datetimes are the pattern's, character for character. */
class ApiDateTimesTest {

  @Test
  void writesWhatThePatternWrites() {
    Random random = new Random(42);
    List<ZoneId> zones =
        List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Zurich"),
            ZoneId.of("America/St_Johns"),
            ZoneId.of("Asia/Kolkata"),
            ZoneOffset.ofHoursMinutes(-9, -30),
            ZoneOffset.ofHoursMinutesSeconds(1, 2, 3),
            ZoneId.of("Europe/Amsterdam"));
    long lowest = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long highest = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    for (ZoneId zone : zones) {
      ApiDateTimes times = new ApiDateTimes(zone);
      for (int i = 0; i < 20_000; i++) {
        long second =
            i % 2 == 0
                ? lowest + (long) (random.nextDouble() * (highest - lowest))
                : 1_700_000_000L + random.nextInt(400_000_000);
        int nano = i % 3 == 0 ? 0 : random.nextInt(1_000_000_000);
        OffsetDateTime time =
            Instant.ofEpochSecond(second, nano).atOffset(ZoneOffset.ofHours(random.nextInt(7)));
        assertEquals(
            time.atZoneSameInstant(zone).format(ApiDateTimes.FORMAT),
            times.format(time),
            time + " in " + zone);
      }
    }
  }

  @Test
  void nullStaysNull() {
    assertNull(new ApiDateTimes(ZoneId.of("UTC")).format(null));
  }
}

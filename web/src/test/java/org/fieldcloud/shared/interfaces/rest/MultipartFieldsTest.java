package org.fieldcloud.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartFieldsTest {

  @Test
  void readsTextPartsAndSkipsFiles() {
    String body =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"username\"\r\n\r\n"
            + "zoë\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "content\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"password\"\r\n\r\n"
            + "line1\r\nline2\r\n"
            + "--XyZ--\r\n";
    assertEquals(
        Map.of("username", "zoë", "password", "line1\r\nline2"),
        MultipartFields.parse(body.getBytes(StandardCharsets.UTF_8), "XyZ"));
  }

  @Test
  void findsQuotedAndBareBoundaries() {
    assertEquals(
        Optional.of("boundary_.oOo._abc"),
        MultipartFields.boundary("multipart/form-data; boundary=\"boundary_.oOo._abc\""));
    assertEquals(
        Optional.of("abc123"), MultipartFields.boundary("multipart/form-data; boundary=abc123"));
    assertEquals(Optional.empty(), MultipartFields.boundary("multipart/form-data"));
  }

  @Test
  void datetimesCarryMicrosecondsAndTheConfiguredOffset() {
    var time = OffsetDateTime.parse("2026-08-21T17:37:14.123456Z");
    assertEquals("2026-08-21T17:37:14.123456Z", new ApiDateTimes(ZoneId.of("UTC")).format(time));
    assertEquals(
        "2026-08-21T19:37:14.123456+02:00",
        new ApiDateTimes(ZoneId.of("Europe/Zurich")).format(time));
    assertEquals(
        "2026-08-21T17:37:14.000000Z",
        new ApiDateTimes(ZoneId.of("UTC")).format(OffsetDateTime.parse("2026-08-21T17:37:14Z")));
  }
}

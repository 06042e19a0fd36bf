package org.fieldcloud.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.List;
import org.fieldcloud.it.support.ApiClient;
import org.junit.jupiter.api.Test;

class StatusIT {

  private final ApiClient api = ApiClient.anonymous();

  @Test
  void reportsDatabaseAndStorageHealthyWithoutAuthentication() {
    var response = api.get("status");

    assertEquals(200, response.status(), response::toString);
    var body = response.json();
    assertEquals("ok", body.getString("database"));
    assertEquals("ok", body.getString("storage"));
    for (String nullable :
        List.of(
            "status_page_url",
            "incident_message",
            "incident_timestamp_utc",
            "maintenance_message",
            "maintenance_start_timestamp_utc",
            "maintenance_end_timestamp_utc")) {
      assertEquals(JsonValue.NULL, body.get(nullable), nullable + " must be present and null");
    }
    assertTrue(
        response.header("Cache-Control").orElse("").contains("max-age=60"),
        () -> "Cache-Control: " + response.header("Cache-Control"));
  }

  @Test
  void unknownApiPathAnswersTheErrorEnvelope() {
    var response = api.get("no-such-endpoint");

    assertEquals(404, response.status());
    assertEquals("object_not_found", response.errorCode());
    assertEquals("Object not found", response.json().getString("message"));
  }
}

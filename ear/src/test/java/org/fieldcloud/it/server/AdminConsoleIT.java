package org.fieldcloud.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

class AdminConsoleIT {

  @Test
  void consoleStartPageShowsServiceHealth() throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(TestServer.url().resolve("/admin/")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    String page = response.body();
    assertTrue(page.contains("FieldCloud administration"), page);
    assertTrue(page.matches("(?s).*id=\"database\">ok<.*"), page);
    assertTrue(page.matches("(?s).*id=\"storage\">ok<.*"), page);
  }
}

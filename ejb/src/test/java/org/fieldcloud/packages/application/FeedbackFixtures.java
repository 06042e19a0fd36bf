package org.fieldcloud.packages.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * feedback.json files written by the worker (worker.jar run locally on the simple_bee_farming
 * fixture), as the queue consumer hands them to the hooks.
 */
public final class FeedbackFixtures {

  private FeedbackFixtures() {}

  public static String text(String name) {
    try (InputStream in = FeedbackFixtures.class.getResourceAsStream("/feedback/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject json(String name) {
    try (var reader = Json.createReader(new StringReader(text(name)))) {
      return reader.readObject();
    }
  }
}

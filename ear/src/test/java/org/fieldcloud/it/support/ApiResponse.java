package org.fieldcloud.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** An HTTP answer of the API, with its body read as JSON on demand. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

  public JsonObject json() {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  public JsonArray jsonArray() {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The {@code code} of the error envelope. */
  public String errorCode() {
    return json().getString("code");
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}

package org.fieldcloud.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;

/**
 * Reads a request body into {@link RequestFields}: JSON objects, form-encoded and multipart bodies,
 * as DRF's default parsers do. An empty body gives no fields; any other media type is a 415.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class RequestFieldsReader implements MessageBodyReader<RequestFields> {

  /** Field bodies are small; files go through their own endpoints. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == RequestFields.class;
  }

  @Override
  public RequestFields readFrom(
      Class<RequestFields> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ApiException(ErrorCode.API_ERROR, 413, "The request body is too large.");
    }
    if (body.length == 0) {
      return RequestFields.empty();
    }
    String subtype = mediaType == null ? "" : mediaType.getType() + "/" + mediaType.getSubtype();
    return switch (subtype) {
      case "application/json" -> json(body);
      case "application/x-www-form-urlencoded" -> form(body);
      case "multipart/form-data" -> multipart(body, headers.getFirst("Content-Type"));
      default ->
          throw new ApiException(
              ErrorCode.API_ERROR,
              415,
              "Send the body as JSON, form-encoded or multipart, not '" + subtype + "'.");
    };
  }

  private static RequestFields json(byte[] body) {
    JsonObject object;
    try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
      object = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The body is not a JSON object.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    object.forEach(
        (name, value) -> {
          switch (value.getValueType()) {
            case NULL -> {}
            case STRING -> fields.put(name, ((JsonString) value).getString());
            case TRUE -> fields.put(name, "true");
            case FALSE -> fields.put(name, "false");
            default -> fields.put(name, value.toString());
          }
        });
    return new RequestFields(fields);
  }

  /** When a name repeats the last value wins, as with Django's {@code QueryDict.get}. */
  private static RequestFields form(byte[] body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.put(name, value);
    }
    return new RequestFields(fields);
  }

  private static RequestFields multipart(byte[] body, String contentType) {
    String boundary =
        MultipartFields.boundary(contentType == null ? "" : contentType)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.API_ERROR, 400, "The multipart body has no boundary."));
    return new RequestFields(MultipartFields.parse(body, boundary));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The form body is not valid.");
    }
  }
}

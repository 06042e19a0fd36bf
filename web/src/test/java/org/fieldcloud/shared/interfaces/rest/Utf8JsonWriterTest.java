package org.fieldcloud.shared.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's bytes are those of the JSON-P generator JSON-B writes with. */
class Utf8JsonWriterTest {

  private static final String[] NAMES = {"id", "naïve", "quote\"d", "tab\tbed", "✓"};

  @Test
  void writesWhatTheGeneratorWrites() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      var expected = new ByteArrayOutputStream();
      var actual = new ByteArrayOutputStream();
      try (JsonGenerator generator = Json.createGenerator(expected)) {
        var writer = new Utf8JsonWriter(actual);
        generator.writeStartArray();
        writer.startArray();
        int objects = random.nextInt(4);
        for (int o = 0; o < objects; o++) {
          generator.writeStartObject();
          writer.startObject();
          int fields = random.nextInt(6);
          for (int f = 0; f < fields; f++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            byte[] encoded = Utf8JsonWriter.name(name);
            switch (random.nextInt(4)) {
              case 0 -> {
                String text = randomText(random);
                generator.write(name, text);
                writer.field(encoded, text);
              }
              case 1 -> {
                generator.writeNull(name);
                writer.field(encoded, (String) null);
              }
              case 2 -> {
                boolean value = random.nextBoolean();
                generator.write(name, value);
                writer.field(encoded, value);
              }
              default -> {
                long value = random.nextLong() >> random.nextInt(64);
                generator.write(name, value);
                writer.field(encoded, value);
              }
            }
          }
          generator.writeEnd();
          writer.endObject();
        }
        generator.writeEnd();
        writer.endArray();
        writer.flush();
      }
      assertArrayEquals(
          expected.toByteArray(),
          actual.toByteArray(),
          () -> expected.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void bodiesLargerThanItsBufferArriveWhole() {
    var out = new ByteArrayOutputStream();
    var writer = new Utf8JsonWriter(out);
    String longText = "é\"x".repeat(20_000);
    writer
        .startArray()
        .startObject()
        .field(Utf8JsonWriter.name("a"), longText)
        .endObject()
        .endArray();
    writer.flush();
    assertEquals(
        "[{\"a\":\"" + longText.replace("\"", "\\\"") + "\"}]",
        out.toString(StandardCharsets.UTF_8));
  }

  /** Text from every class of character: plain, escaped, control, 2-, 3- and 4-byte, surrogates. */
  private static String randomText(Random random) {
    char[][] pools = {
      "abcXYZ019 -_./:".toCharArray(),
      "\"\\\b\f\n\r\t\u0000\u0001\u001f\u007f".toCharArray(),
      "éüßñ\u07ff".toCharArray(),
      "✓€\u0800\uffff\u2028".toCharArray(),
      "\ud83d\ude00".toCharArray(),
      "\ud800\udfff".toCharArray()
    };
    var text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      char[] pool = pools[random.nextInt(pools.length)];
      if (pool.length == 2 && pool[0] == '\ud83d') {
        text.append(pool); // a valid pair
      } else {
        text.append(pool[random.nextInt(pool.length)]); // lone surrogates included
      }
    }
    return text.toString();
  }
}

package org.fieldcloud.files.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

  @Test
  void readsTextAndFilePartsWhateverTheChunking() throws IOException {
    byte[] file = new byte[200_000];
    new Random(1).nextBytes(file);
    byte[] body = body("bnd", file);
    for (int chunk : new int[] {1, 7, 70, 4096, 1 << 20}) {
      var parts = new MultipartStream(chunked(body, chunk), "bnd");
      var text = parts.next().orElseThrow();
      assertEquals("text", text.name());
      assertEquals(Optional.empty(), text.fileName());
      assertEquals("{}", new String(text.body().readAllBytes(), StandardCharsets.UTF_8));
      var filePart = parts.next().orElseThrow();
      assertEquals("file", filePart.name());
      assertEquals(Optional.of("/sdcard/p.jpg"), filePart.fileName());
      assertArrayEquals(file, filePart.body().readAllBytes(), "chunk " + chunk);
      assertTrue(parts.next().isEmpty());
    }
  }

  @Test
  void contentThatLooksLikeABoundaryStaysContent() throws IOException {
    byte[] file = "a\r\n--bn\r\n--bn-\r\n-".getBytes(StandardCharsets.ISO_8859_1);
    var parts = new MultipartStream(new ByteArrayInputStream(body("bnd", file)), "bnd");
    parts.next();
    assertArrayEquals(file, parts.next().orElseThrow().body().readAllBytes());
  }

  @Test
  void aBodyCutShortIsAnEofNotAShorterFile() throws IOException {
    byte[] body = body("bnd", new byte[100_000]);
    byte[] cut = java.util.Arrays.copyOf(body, 50_000);
    var parts = new MultipartStream(new ByteArrayInputStream(cut), "bnd");
    parts.next();
    InputStream file = parts.next().orElseThrow().body();
    assertThrows(EOFException.class, file::readAllBytes);
  }

  private static byte[] body(String boundary, byte[] file) throws IOException {
    var out = new ByteArrayOutputStream();
    out.write(
        ("preamble\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                + "Content-Type: application/json\r\n\r\n{}\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"/sdcard/p.jpg\"\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.write(file);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /** A stream that hands out at most {@code chunk} bytes per read, as a network does. */
  private static InputStream chunked(byte[] data, int chunk) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}

package org.fieldcloud.shared.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON as UTF-8 straight into a byte buffer, for responses of thousands of objects
 * (docs/benchmarks.md, projects-list). Field names are encoded once ({@link #name}); strings are
 * escaped exactly as the server's JSON-P generator escapes them ({@code \" \\ \b \f \n \r \t},
 * other control characters as a backslash, {@code u00} and two lower-case hex digits, nothing
 * else), and a lone surrogate becomes {@code ?} as in Java's UTF-8 encoder, so a body is byte for
 * byte what JSON-B wrote. Arrays and objects may nest; commas are placed by the writer. Not
 * thread-safe; {@link #flush} at the end.
 */
public final class Utf8JsonWriter {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");
  private static final byte[] NULL = bytes("null");

  private final OutputStream out;
  private final byte[] buffer = new byte[16 * 1024];
  private int used;

  /** Whether the next value or field is preceded by a comma. */
  private boolean afterValue;

  public Utf8JsonWriter(OutputStream out) {
    this.out = out;
  }

  /** A field name as written before its value: {@code "name":}, escaped and encoded once. */
  public static byte[] name(String name) {
    var text = new ByteArrayOutputStream();
    var writer = new Utf8JsonWriter(text);
    writer.string(name);
    writer.raw((byte) ':');
    writer.flush();
    return text.toByteArray();
  }

  public Utf8JsonWriter startArray() {
    separate();
    raw((byte) '[');
    afterValue = false;
    return this;
  }

  public Utf8JsonWriter endArray() {
    raw((byte) ']');
    afterValue = true;
    return this;
  }

  public Utf8JsonWriter startObject() {
    separate();
    raw((byte) '{');
    afterValue = false;
    return this;
  }

  public Utf8JsonWriter endObject() {
    raw((byte) '}');
    afterValue = true;
    return this;
  }

  /** A field whose value is a string, or {@code null}. */
  public Utf8JsonWriter field(byte[] name, String value) {
    key(name);
    if (value == null) {
      raw(NULL);
    } else {
      string(value);
    }
    afterValue = true;
    return this;
  }

  public Utf8JsonWriter field(byte[] name, boolean value) {
    key(name);
    raw(value ? TRUE : FALSE);
    afterValue = true;
    return this;
  }

  public Utf8JsonWriter field(byte[] name, long value) {
    key(name);
    ascii(Long.toString(value));
    afterValue = true;
    return this;
  }

  /** Writes what is buffered to the stream and flushes it. */
  public void flush() {
    try {
      out.write(buffer, 0, used);
      used = 0;
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void key(byte[] name) {
    separate();
    raw(name);
  }

  private void separate() {
    if (afterValue) {
      raw((byte) ',');
    }
  }

  private void string(String value) {
    int length = value.length();
    // At most 6 bytes a character (an escaped control character): with that much room, no check
    // per character is needed.
    if (buffer.length - used < 6 * length + 2) {
      drain();
      if (buffer.length < 6 * length + 2) {
        longString(value);
        return;
      }
    }
    byte[] bytes = buffer;
    int at = used;
    bytes[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        bytes[at++] = (byte) c;
      } else {
        used = at;
        i = special(value, i);
        at = used;
      }
    }
    bytes[at++] = '"';
    used = at;
  }

  /** A string longer than a sixth of the buffer: room is made character by character. */
  private void longString(String value) {
    raw((byte) '"');
    for (int i = 0; i < value.length(); i++) {
      room(6);
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        buffer[used++] = (byte) c;
      } else {
        i = special(value, i);
      }
    }
    raw((byte) '"');
  }

  /**
   * Writes the character at {@code i} that is not plain ASCII (an escape, or UTF-8 of 2 to 4 bytes;
   * room for 6 bytes is there) and returns the index of the last character it consumed.
   */
  private int special(String value, int i) {
    char c = value.charAt(i);
    if (c < 0x80) {
      escape(c);
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xc0 | c >> 6);
      buffer[used++] = (byte) (0x80 | c & 0x3f);
    } else if (!Character.isSurrogate(c)) {
      buffer[used++] = (byte) (0xe0 | c >> 12);
      buffer[used++] = (byte) (0x80 | c >> 6 & 0x3f);
      buffer[used++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c)
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      int code = Character.toCodePoint(c, value.charAt(++i));
      buffer[used++] = (byte) (0xf0 | code >> 18);
      buffer[used++] = (byte) (0x80 | code >> 12 & 0x3f);
      buffer[used++] = (byte) (0x80 | code >> 6 & 0x3f);
      buffer[used++] = (byte) (0x80 | code & 0x3f);
    } else {
      buffer[used++] = '?';
    }
    return i;
  }

  /** An ASCII character JSON escapes; room for 6 bytes is there. */
  private void escape(char c) {
    char shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\b' -> 'b';
          case '\f' -> 'f';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          default -> 0;
        };
    buffer[used++] = '\\';
    if (shortForm != 0) {
      buffer[used++] = (byte) shortForm;
    } else {
      buffer[used++] = 'u';
      buffer[used++] = '0';
      buffer[used++] = '0';
      buffer[used++] = HEX[c >> 4];
      buffer[used++] = HEX[c & 0xf];
    }
  }

  private void ascii(String text) {
    int length = text.length();
    room(length);
    for (int i = 0; i < length; i++) {
      buffer[used++] = (byte) text.charAt(i);
    }
  }

  private void raw(byte b) {
    room(1);
    buffer[used++] = b;
  }

  private void raw(byte[] bytes) {
    if (bytes.length > buffer.length - used) {
      drain();
      if (bytes.length > buffer.length) {
        write(bytes, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  /** Makes room for {@code n} bytes (at most the buffer's size). */
  private void room(int n) {
    if (buffer.length - used < n) {
      drain();
    }
  }

  private void drain() {
    write(buffer, used);
    used = 0;
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}

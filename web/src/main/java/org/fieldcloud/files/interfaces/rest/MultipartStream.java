package org.fieldcloud.files.interfaces.rest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body part by part while it arrives, so a file part can be
 * streamed on without ever being whole in memory or on disk. Holds one buffer of {@link
 * #BUFFER_SIZE} bytes. A body that ends before its closing boundary (a client that dropped the
 * connection) raises an {@link EOFException} from the part being read.
 */
final class MultipartStream {

  static final int BUFFER_SIZE = 64 * 1024;
  private static final int MAX_HEADER_LINE = 8 * 1024;
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

  /** One part: its form field name, its file name if any, and its body. */
  record Part(String name, Optional<String> fileName, InputStream body) {}

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean atDelimiter;
  private boolean finished;
  private boolean started;

  MultipartStream(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // A leading CRLF makes the first boundary look like every later one.
    buffer[0] = '\r';
    buffer[1] = '\n';
    limit = 2;
  }

  /** The next part, or empty after the closing boundary; skips what is left of the current one. */
  Optional<Part> next() throws IOException {
    if (finished) {
      return Optional.empty();
    }
    skipToDelimiter(); // the preamble, or the rest of the previous part
    fill(2);
    if (limit - position < 2) {
      throw new EOFException("The multipart body ends inside a boundary.");
    }
    if (buffer[position] == '-' && buffer[position + 1] == '-') {
      finished = true;
      return Optional.empty();
    }
    skipLine();
    String disposition = "";
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        disposition = line;
      }
    }
    atDelimiter = false;
    started = true;
    Matcher name = NAME.matcher(disposition);
    Matcher fileName = FILENAME.matcher(disposition);
    return Optional.of(
        new Part(
            name.find() ? name.group(1) : "",
            fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty(),
            new PartBody()));
  }

  private void skipToDelimiter() throws IOException {
    byte[] scratch = new byte[BUFFER_SIZE];
    if (!started) {
      atDelimiter = false;
    }
    while (readBody(scratch, 0, scratch.length) >= 0) {
      // discard
    }
  }

  /** Reads part content up to the next delimiter; -1 once it is reached. */
  private int readBody(byte[] target, int offset, int length) throws IOException {
    if (atDelimiter) {
      return -1;
    }
    fill(delimiter.length);
    int found = indexOfDelimiter();
    if (found == position) {
      position += delimiter.length;
      atDelimiter = true;
      return -1;
    }
    int available;
    if (found > 0) {
      available = found - position;
    } else if (endOfInput) {
      throw new EOFException("The multipart body ends before its closing boundary.");
    } else {
      available = limit - position - (delimiter.length - 1);
    }
    int n = Math.min(length, available);
    System.arraycopy(buffer, position, target, offset, n);
    position += n;
    return n;
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = position; i <= limit - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Makes at least {@code wanted} unread bytes available, unless the input ends first. */
  private void fill(int wanted) throws IOException {
    if (limit - position >= wanted || endOfInput) {
      return;
    }
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    while (limit < wanted && !endOfInput) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfInput = true;
      } else {
        limit += read;
      }
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      fill(2);
      if (limit - position < 2) {
        throw new EOFException("The multipart body ends inside the headers of a part.");
      }
      if (buffer[position] == '\r' && buffer[position + 1] == '\n') {
        position += 2;
        return line.toString();
      }
      line.append((char) (buffer[position++] & 0xFF));
      if (line.length() > MAX_HEADER_LINE) {
        throw new IOException("A multipart header line is too long.");
      }
    }
  }

  /** Skips the rest of the boundary line (transport padding and CRLF). */
  private void skipLine() throws IOException {
    readLine();
  }

  private final class PartBody extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      return readBody(target, offset, length);
    }
  }
}

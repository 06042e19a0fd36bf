package org.fieldcloud.files.infrastructure.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a download, from an HTTP {@code Range} header (RFC 9110 14.1.2): {@code
 * bytes=a-b}, {@code bytes=a-} and the suffix form {@code bytes=-n}. Several ranges in one header
 * are answered with the whole content, which HTTP allows.
 *
 * @param first index of the first byte
 * @param last index of the last byte, inclusive
 */
public record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** Raised for a range that cannot be satisfied; the answer is 416 with {@code bytes * /size}. */
  public static class UnsatisfiableRangeException extends RuntimeException {
    public UnsatisfiableRangeException(String header) {
      super("Range " + header + " cannot be satisfied");
    }
  }

  /**
   * The range of {@code header} within a body of {@code size} bytes; empty when the whole body is
   * to be sent (no header, or a form we answer in full).
   */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.contains(",")) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(value);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      throw new UnsatisfiableRangeException(header);
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0 || size == 0) {
          throw new UnsatisfiableRangeException(header);
        }
        return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
      if (first >= size || last < first) {
        throw new UnsatisfiableRangeException(header);
      }
      return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
    } catch (NumberFormatException e) { // more digits than a long holds
      throw new UnsatisfiableRangeException(header);
    }
  }

  public long length() {
    return last - first + 1;
  }

  /** The value of {@code Content-Range} for this range. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  /** The S3 {@code Range} request header for this range. */
  public String s3Range() {
    return "bytes=" + first + "-" + last;
  }
}

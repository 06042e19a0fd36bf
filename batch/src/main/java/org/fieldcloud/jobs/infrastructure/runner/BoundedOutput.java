package org.fieldcloud.jobs.infrastructure.runner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The worker's output, kept to a bounded size: the first half and the last half of the limit, with
 * a line saying how much was left out between them. The end matters most (the error), the start
 * says what the worker set out to do. Thread-safe: the process runner writes from a reader thread.
 */
public final class BoundedOutput {

  private final int headLimit;
  private final int tailLimit;
  private final ByteArrayOutputStream head = new ByteArrayOutputStream();
  private final byte[] tail;
  private int tailStart;
  private int tailLength;
  private long total;

  public BoundedOutput(int limitBytes) {
    if (limitBytes < 2) {
      throw new IllegalArgumentException("output limit too small: " + limitBytes);
    }
    this.headLimit = limitBytes / 2;
    this.tailLimit = limitBytes - headLimit;
    this.tail = new byte[tailLimit];
  }

  public synchronized void write(byte[] bytes, int offset, int length) {
    total += length;
    int toHead = Math.min(length, headLimit - head.size());
    if (toHead > 0) {
      head.write(bytes, offset, toHead);
      offset += toHead;
      length -= toHead;
    }
    for (int i = 0; i < length; i++) {
      // A ring buffer: the newest tailLimit bytes after the head.
      tail[(tailStart + tailLength) % tailLimit] = bytes[offset + i];
      if (tailLength < tailLimit) {
        tailLength++;
      } else {
        tailStart = (tailStart + 1) % tailLimit;
      }
    }
  }

  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  public void append(String text) {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Bytes written in all, kept or not. */
  public synchronized long totalBytes() {
    return total;
  }

  /** The kept output as UTF-8 text (a character cut at a seam shows as U+FFFD). */
  public synchronized String text() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.size() + tailLength + 80);
    out.writeBytes(head.toByteArray());
    long omitted = total - head.size() - tailLength;
    if (omitted > 0) {
      String seam = "\n[... " + omitted + " bytes of output left out ...]\n";
      out.writeBytes(seam.getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < tailLength; i++) {
      out.write(tail[(tailStart + i) % tailLimit]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

package org.fieldcloud.worker.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The S3-style ETag the server lists as {@code md5sum} (api.md §6.7): the MD5 of the file up to 8
 * MiB, else the MD5 of the per-8-MiB part MD5s followed by {@code -<parts>}.
 */
public final class Etag {

  static final int PART_SIZE = 8 * 1024 * 1024;

  private Etag() {}

  public static String of(Path file) throws IOException {
    MessageDigest whole = md5();
    MessageDigest parts = md5();
    int partCount = 0;
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] part;
      while ((part = in.readNBytes(PART_SIZE)).length > 0) {
        partCount++;
        if (size <= PART_SIZE) {
          whole.update(part);
        } else {
          parts.update(md5().digest(part));
        }
      }
    }
    if (size <= PART_SIZE) {
      return HexFormat.of().formatHex(whole.digest());
    }
    return HexFormat.of().formatHex(parts.digest()) + "-" + partCount;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no MD5", e);
    }
  }
}

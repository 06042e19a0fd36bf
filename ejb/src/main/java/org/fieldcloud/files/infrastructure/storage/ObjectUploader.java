package org.fieldcloud.files.infrastructure.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams a body of unknown length to one S3 object and computes MD5, SHA-256 and the S3-style ETag
 * in the same pass. Holds at most one part ({@link #PART_SIZE}) in memory, whatever the size of the
 * body: bodies up to one part go up in one PUT, larger ones as a multipart upload. Any failure
 * aborts the multipart upload, so no object and no orphaned parts are left behind.
 */
public class ObjectUploader {

  /** The part size of QFieldCloud's ETags, and of our multipart uploads. */
  public static final int PART_SIZE = 8 * 1024 * 1024;

  private final S3Client s3;
  private final String bucket;

  public ObjectUploader(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  public StoredObject upload(String key, InputStream in, String contentType) throws IOException {
    MessageDigest md5 = digest("MD5");
    MessageDigest sha256 = digest("SHA-256");
    byte[] part = new byte[PART_SIZE];
    var body = new PushbackInputStream(in, 1);
    int length = readPart(body, part);
    md5.update(part, 0, length);
    sha256.update(part, 0, length);
    // A body of exactly one part is still "one part" for the ETag (plain MD5), as the SDK computes
    // it.
    if (length < PART_SIZE || atEnd(body)) {
      s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), bodyOf(part, length));
      byte[] whole = md5.digest();
      return new StoredObject(key, length, whole, sha256.digest(), hex(whole));
    }
    return uploadInParts(key, body, contentType, part, length, md5, sha256);
  }

  private StoredObject uploadInParts(
      String key,
      InputStream body,
      String contentType,
      byte[] part,
      int firstLength,
      MessageDigest md5,
      MessageDigest sha256)
      throws IOException {
    String uploadId =
        s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
            .uploadId();
    try {
      MessageDigest partMd5s = digest("MD5");
      List<CompletedPart> parts = new ArrayList<>();
      long size = 0;
      int length = firstLength;
      while (length > 0) {
        partMd5s.update(md5Of(part, length));
        int number = parts.size() + 1;
        String etag =
            s3.uploadPart(
                    b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                    bodyOf(part, length))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        size += length;
        length = readPart(body, part);
        md5.update(part, 0, length);
        sha256.update(part, 0, length);
      }
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
      String etag = hex(partMd5s.digest()) + "-" + parts.size();
      return new StoredObject(key, size, md5.digest(), sha256.digest(), etag);
    } catch (IOException | RuntimeException e) {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
      throw e;
    }
  }

  private static boolean atEnd(PushbackInputStream body) throws IOException {
    int next = body.read();
    if (next < 0) {
      return true;
    }
    body.unread(next);
    return false;
  }

  /** The first {@code length} bytes of the buffer as a body the SDK can re-read on retries. */
  private static RequestBody bodyOf(byte[] buffer, int length) {
    return RequestBody.fromContentProvider(
        () -> new ByteArrayInputStream(buffer, 0, length), length, "application/octet-stream");
  }

  /** Fills {@code buffer} from the stream; returns how many bytes it holds (less only at EOF). */
  private static int readPart(InputStream in, byte[] buffer) throws IOException {
    int filled = 0;
    while (filled < buffer.length) {
      int read = in.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        break;
      }
      filled += read;
    }
    return filled;
  }

  private static byte[] md5Of(byte[] data, int length) {
    MessageDigest md5 = digest("MD5");
    md5.update(data, 0, length);
    return md5.digest();
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}

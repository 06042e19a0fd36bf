package org.fieldcloud.files.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Against the real S3 server (s3proxy) that ./fieldcloud test starts. */
class ObjectUploaderTest {

  private static S3Client s3;
  private static final String BUCKET = "uploader-test-" + UUID.randomUUID();

  @BeforeAll
  static void connect() {
    String endpoint = System.getenv("FIELDCLOUD_S3_ENDPOINT");
    assumeTrue(endpoint != null, "needs the S3 server of ./fieldcloud test");
    s3 =
        S3Client.builder()
            .endpointOverride(URI.create(endpoint))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        System.getenv("FIELDCLOUD_S3_ACCESS_KEY"),
                        System.getenv("FIELDCLOUD_S3_SECRET_KEY"))))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterAll
  static void close() {
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void smallBodyIsOnePutWithThePlainMd5AsEtag() throws Exception {
    byte[] body = "hello field".getBytes();
    var stored =
        new ObjectUploader(s3, BUCKET)
            .upload("a/small.txt", new ByteArrayInputStream(body), "text/plain");

    assertEquals(body.length, stored.size());
    assertArrayEquals(MessageDigest.getInstance("MD5").digest(body), stored.md5());
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(body), stored.sha256());
    assertEquals(HexFormat.of().formatHex(stored.md5()), stored.etag());
    assertArrayEquals(
        body, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("a/small.txt")).asByteArray());
  }

  @Test
  void largeBodyIsAMultipartUploadWithThePartEtag() throws Exception {
    int size = 2 * ObjectUploader.PART_SIZE + 12345;
    byte[] body = new byte[size];
    new Random(42).nextBytes(body);
    var stored =
        new ObjectUploader(s3, BUCKET)
            .upload("b/large.bin", new ByteArrayInputStream(body), "application/octet-stream");

    MessageDigest partMd5s = MessageDigest.getInstance("MD5");
    for (int offset = 0; offset < size; offset += ObjectUploader.PART_SIZE) {
      MessageDigest part = MessageDigest.getInstance("MD5");
      part.update(body, offset, Math.min(ObjectUploader.PART_SIZE, size - offset));
      partMd5s.update(part.digest());
    }
    assertEquals(HexFormat.of().formatHex(partMd5s.digest()) + "-3", stored.etag());
    assertEquals(size, stored.size());
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(body), stored.sha256());
    assertArrayEquals(
        body, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("b/large.bin")).asByteArray());
  }

  @Test
  void bodyOfExactlyOnePartHasThePlainMd5AsEtag() throws Exception {
    byte[] body = new byte[ObjectUploader.PART_SIZE];
    var stored =
        new ObjectUploader(s3, BUCKET)
            .upload("c/exact.bin", new ByteArrayInputStream(body), "application/octet-stream");
    assertEquals(ObjectUploader.PART_SIZE, stored.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)), stored.etag());
  }

  @Test
  void interruptedBodyLeavesNoObject() {
    InputStream breaking =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[ObjectUploader.PART_SIZE + 10]),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("client went away");
              }
            });
    var uploader = new ObjectUploader(s3, BUCKET);
    assertThrows(
        IOException.class,
        () -> uploader.upload("d/broken.bin", breaking, "application/octet-stream"));
    assertThrows(
        NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(BUCKET).key("d/broken.bin")));
    assertEquals(0, s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads().size());
  }
}

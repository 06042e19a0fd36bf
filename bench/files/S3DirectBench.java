import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The baseline of bench/files: a direct AWS SDK v2 put (multipart, 8 MiB parts, the client set up
 * as ObjectStorage does) or get (streamed and dropped) of one object. Prints the seconds the
 * transfer took, JVM start not included.
 *
 * <p>Usage: S3DirectBench put|get ENDPOINT ACCESS SECRET BUCKET KEY [FILE]
 */
public class S3DirectBench {

  private static final int PART_SIZE = 8 * 1024 * 1024;

  public static void main(String[] args) throws IOException {
    String operation = args[0];
    String bucket = args[4];
    String key = args[5];
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(URI.create(args[1]))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(args[2], args[3])))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
        s3.createBucket(b -> b.bucket(bucket));
      }
      long start = System.nanoTime();
      long bytes =
          operation.equals("put") ? put(s3, bucket, key, Path.of(args[6])) : get(s3, bucket, key);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%d %.3f%n", bytes, seconds);
    }
  }

  private static long put(S3Client s3, String bucket, String key, Path file) throws IOException {
    String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
    List<CompletedPart> parts = new ArrayList<>();
    byte[] part = new byte[PART_SIZE];
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int length;
      while ((length = in.readNBytes(part, 0, PART_SIZE)) > 0) {
        int number = parts.size() + 1;
        int partLength = length;
        String etag =
            s3.uploadPart(
                    b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                    RequestBody.fromContentProvider(
                        () -> new ByteArrayInputStream(part, 0, partLength),
                        partLength,
                        "application/octet-stream"))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        size += length;
      }
    }
    s3.completeMultipartUpload(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    return size;
  }

  private static long get(S3Client s3, String bucket, String key) throws IOException {
    try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key))) {
      byte[] buffer = new byte[64 * 1024];
      long size = 0;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        size += read;
      }
      return size;
    }
  }
}

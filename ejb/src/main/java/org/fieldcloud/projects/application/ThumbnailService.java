package org.fieldcloud.projects.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.fieldcloud.accounts.application.AuthenticatedUser;
import org.fieldcloud.files.infrastructure.storage.ObjectStorage;
import org.fieldcloud.projects.domain.model.Project;
import org.fieldcloud.projects.domain.model.ProjectAction;
import org.fieldcloud.shared.domain.ApiException;
import org.fieldcloud.shared.domain.ErrorCode;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The project thumbnail (api.md 5.6): a PNG or JPEG of at most 5 MiB and 10 000 px a side, stored
 * under a new key each time so caches never show an old one.
 */
@Stateless
public class ThumbnailService {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_SIDE = 10_000;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();

  @EJB ProjectAccess access;
  @EJB ObjectStorage storage;

  /** Stores the image sent as part {@code thumbnail} with file name {@code fileName}. */
  public void upload(String projectId, AuthenticatedUser caller, String fileName, InputStream in)
      throws IOException {
    Project project = access.require(projectId, caller, ProjectAction.CREATE_FILES).project();
    String extension = extensionOf(fileName);
    if (!extension.equals("png") && !extension.equals("jpg")) {
      throw new ApiException(
          ErrorCode.API_ERROR, 400, "A thumbnail is a .png or .jpg file, not '" + fileName + "'.");
    }
    byte[] image = in.readNBytes(MAX_BYTES + 1);
    if (image.length > MAX_BYTES) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "A thumbnail may have at most 5 MiB.");
    }
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
    if (decoded == null) {
      throw new ApiException(ErrorCode.API_ERROR, 400, "The thumbnail is not a readable image.");
    }
    if (decoded.getWidth() > MAX_SIDE || decoded.getHeight() > MAX_SIDE) {
      throw new ApiException(
          ErrorCode.API_ERROR, 400, "A thumbnail may have at most 10000 pixels a side.");
    }
    String key =
        "projects/%s/meta/thumbnail_v%s_%s.%s"
            .formatted(
                project.getId(),
                ZonedDateTime.now(ZoneOffset.UTC).format(STAMP),
                HexFormat.of().formatHex(RANDOM.generateSeed(4)),
                extension);
    storage
        .client()
        .putObject(
            b -> b.bucket(storage.bucket()).key(key).contentType(contentType(extension)),
            RequestBody.fromBytes(image));
    String previous = project.getThumbnail();
    project.setThumbnail(key);
    if (previous != null) {
      storage.client().deleteObject(b -> b.bucket(storage.bucket()).key(previous));
    }
  }

  /** The thumbnail's bytes and type, or 404 when the project has none. */
  public Thumbnail download(String projectId, AuthenticatedUser caller) {
    Project project = access.require(projectId, caller, ProjectAction.READ_FILES).project();
    String key =
        Optional.ofNullable(project.getThumbnail())
            .orElseThrow(
                () ->
                    new ApiException(ErrorCode.OBJECT_NOT_FOUND, "The project has no thumbnail."));
    ResponseInputStream<GetObjectResponse> object =
        storage.client().getObject(b -> b.bucket(storage.bucket()).key(key));
    return new Thumbnail(contentType(extensionOf(key)), object.response().contentLength(), object);
  }

  /** An open thumbnail; the caller closes the stream. */
  public record Thumbnail(String contentType, long size, InputStream content) {}

  private static String extensionOf(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String contentType(String extension) {
    return extension.equals("png") ? "image/png" : "image/jpeg";
  }
}

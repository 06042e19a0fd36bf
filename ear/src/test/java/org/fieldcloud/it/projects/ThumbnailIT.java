package org.fieldcloud.it.projects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.fieldcloud.it.support.Accounts;
import org.fieldcloud.it.support.TestServer;
import org.junit.jupiter.api.Test;

/** The SDK's project thumbnail upload (api.md 5.6) and its download. */
class ThumbnailIT {

  @Test
  void uploadedThumbnailIsServedBackAndRemovedWithTheProject() throws Exception {
    var ada = Accounts.person("ada");
    String id = Projects.create(ada.api(), ada.username(), false);
    byte[] png = png(64, 32);

    var upload = ada.api().postFile("projects/" + id + "/thumbnail", "thumbnail", "thumb.png", png);
    assertEquals(204, upload.status(), upload::toString);

    var download = ada.api().getBytes("files/thumbnails/" + id);
    assertEquals(200, download.statusCode());
    assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
    assertArrayEquals(png, download.body());

    assertEquals(1, TestServer.objectKeys("projects/" + id + "/").size());

    assertEquals(204, ada.api().delete("projects/" + id).status());
    assertEquals(
        0,
        Accounts.queryLong("SELECT count(*) FROM project_project WHERE id = ?::uuid", id),
        "project row gone");
    for (int i = 0; i < 50 && !TestServer.objectKeys("projects/" + id + "/").isEmpty(); i++) {
      Thread.sleep(100); // removed right after the deletion commits
    }
    assertEquals(java.util.List.of(), TestServer.objectKeys("projects/" + id + "/"));
  }

  @Test
  void refusesWhatIsNotASmallPngOrJpg() throws Exception {
    var ada = Accounts.person("ada");
    var reader = Accounts.person("reader");
    String id = Projects.create(ada.api(), ada.username(), false);

    var jpeg =
        ada.api().postFile("projects/" + id + "/thumbnail", "thumbnail", "thumb.jpeg", png(4, 4));
    assertEquals(400, jpeg.status());
    assertEquals("api_error", jpeg.errorCode());

    var notAnImage =
        ada.api()
            .postFile(
                "projects/" + id + "/thumbnail", "thumbnail", "thumb.png", "hello".getBytes());
    assertEquals(400, notAnImage.status());

    var json = ada.api().postJson("projects/" + id + "/thumbnail", "{}");
    assertEquals(415, json.status());
    assertEquals("api_error", json.errorCode());

    assertEquals(
        201,
        ada.api()
            .postForm(
                "collaborators/" + id, Map.of("collaborator", reader.username(), "role", "reader"))
            .status());
    var asReader =
        reader.api().postFile("projects/" + id + "/thumbnail", "thumbnail", "t.png", png(4, 4));
    assertEquals(403, asReader.status());
    assertEquals(404, ada.api().getBytes("files/thumbnails/" + id).statusCode());
  }

  private static byte[] png(int width, int height) throws Exception {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0xff8800);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}

package org.fieldcloud.jobs.infrastructure.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The real worker image has what the worker needs: Java 17, GDAL, QGIS (qgis_process, PyQGIS). */
class WorkerImageTest {

  @Test
  void imageHasJavaGdalAndHeadlessQgis() throws Exception {
    String out =
        DockerCli.run(
            "run",
            "--rm",
            "--network",
            "none",
            "--entrypoint",
            "sh",
            DockerTestImage.WORKER_IMAGE,
            "-c",
            "java -version 2>&1; gdalinfo --version; echo QT=$QT_QPA_PLATFORM IO=$FIELDCLOUD_IO_DIR;"
                + " qgis_process --version 2>/dev/null | head -n 1;"
                + " python3 -c 'from qgis.core import Qgis; print(\"pyqgis\", Qgis.QGIS_VERSION)';"
                + " ls /opt/fieldcloud/worker.jar");

    assertTrue(out.contains("openjdk version \"17"), out);
    assertTrue(out.contains("GDAL 3."), out);
    assertTrue(out.contains("QT=offscreen IO=/io"), out);
    assertTrue(out.contains("QGIS 3."), out);
    assertTrue(out.contains("pyqgis 3."), out);
    assertTrue(out.contains("/opt/fieldcloud/worker.jar"), out);
  }
}

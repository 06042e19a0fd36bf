package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code fieldcloud-worker-test:latest}: the real worker image with {@link TestWorker} in place of
 * worker.jar, so the tests go through the image's Java, entry point and environment. Public for
 * bench/worker-runner.
 */
public final class DockerTestImage {

  public static final String WORKER_IMAGE = "fieldcloud-worker:latest";
  public static final String TAG = "fieldcloud-worker-test:latest";

  private static boolean built;

  private DockerTestImage() {}

  public static synchronized String build() throws Exception {
    if (built) {
      return TAG;
    }
    try {
      DockerCli.run("image", "inspect", "-f", "{{.Id}}", WORKER_IMAGE);
    } catch (IOException e) {
      throw new IllegalStateException(
          WORKER_IMAGE
              + " is not on the Docker engine: run ./fieldcloud test, or docker/worker/build.sh"
              + " after mvn install",
          e);
    }
    Path context = Files.createTempDirectory("fieldcloud-worker-test-image");
    TestWorkerJar.write(context.resolve("worker.jar"));
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM " + WORKER_IMAGE + "\nCOPY worker.jar /opt/fieldcloud/worker.jar\n");
    DockerCli.run("build", "-q", "--network", "none", "-t", TAG, context.toString());
    built = true;
    return TAG;
  }
}

package org.fieldcloud.it.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.fieldcloud.jobs.infrastructure.runner.TestWorker;

/**
 * The real worker image with the stand-in {@link TestWorker} as its jar, under a tag of this test's
 * own: other checkouts testing on the same Docker engine rebuild {@code
 * fieldcloud-worker-test:latest} with their own TestWorker, which may not know {@code echo-secret}.
 */
final class EchoWorkerImage {

  static final String TAG = "fieldcloud-worker-test:secrets";

  private static boolean built;

  private EchoWorkerImage() {}

  static synchronized String build() throws IOException, InterruptedException {
    if (built) {
      return TAG;
    }
    Path context = Files.createTempDirectory("fieldcloud-echo-worker");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, TestWorker.class.getName());
    String entry = TestWorker.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(context.resolve("worker.jar"));
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream classFile = TestWorker.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      classFile.transferTo(out);
      out.closeEntry();
    }
    Files.writeString(
        context.resolve("Dockerfile"),
        "FROM fieldcloud-worker:latest\nCOPY worker.jar /opt/fieldcloud/worker.jar\n");
    Process docker =
        new ProcessBuilder(
                "docker", "build", "-q", "--network", "none", "-t", TAG, context.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(docker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!docker.waitFor(5, TimeUnit.MINUTES) || docker.exitValue() != 0) {
      throw new IOException("docker build of " + TAG + " failed: " + out);
    }
    built = true;
    return TAG;
  }
}

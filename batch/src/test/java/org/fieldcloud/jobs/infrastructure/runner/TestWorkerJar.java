package org.fieldcloud.jobs.infrastructure.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packs {@link TestWorker} into an executable jar, the way worker.jar is one. */
final class TestWorkerJar {

  private TestWorkerJar() {}

  static Path write(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, TestWorker.class.getName());
    String entry = TestWorker.class.getName().replace('.', '/') + ".class";
    Files.createDirectories(jar.getParent());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream classFile = TestWorker.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      classFile.transferTo(out);
      out.closeEntry();
    }
    return jar;
  }
}

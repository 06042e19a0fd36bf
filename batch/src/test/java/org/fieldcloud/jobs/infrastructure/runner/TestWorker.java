package org.fieldcloud.jobs.infrastructure.runner;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A stand-in worker for the runner tests, packed into its own jar by {@link TestWorkerJar} (and,
 * for Docker, into an image built on the real worker image). It keeps the production worker free of
 * test commands. One class, no nested classes: the jar holds exactly this class file.
 */
public final class TestWorker {

  private TestWorker() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "" : args[0];
    switch (command) {
      case "succeed" -> succeed();
      case "exit" -> {
        System.err.println("giving up with exit code " + args[1]);
        System.exit(Integer.parseInt(args[1]));
      }
      case "sleep" -> {
        System.out.println("sleeping " + args[1] + " s");
        System.out.flush();
        Thread.sleep(Long.parseLong(args[1]) * 1000);
      }
      case "allocate" -> allocate();
      case "get" -> System.exit(get(args[1]));
      case "print" -> print(Integer.parseInt(args[1]));
      case "env" -> new TreeSet<>(System.getenv().keySet()).forEach(System.out::println);
      case "echo-secret" -> echoSecret(args[1]);
      case "spawn" -> {
        Process child = new ProcessBuilder("sleep", args[1]).start();
        System.out.println("child pid " + child.pid());
        System.out.flush();
        Thread.sleep(Long.parseLong(args[1]) * 1000);
      }
      default -> {
        System.err.println("unknown test worker command: " + command);
        System.exit(2);
      }
    }
  }

  private static void succeed() throws Exception {
    System.out.println("worker says hello on stdout");
    System.out.flush();
    System.err.println("worker says hello on stderr");
    String json =
        "{\"job_id\": \""
            + System.getenv("JOB_ID")
            + "\", \"io_dir\": \""
            + System.getenv("FIELDCLOUD_IO_DIR")
            + "\", \"qt_qpa_platform\": \""
            + System.getenv("QT_QPA_PLATFORM")
            + "\"}";
    Files.writeString(
        Path.of(System.getenv("FIELDCLOUD_IO_DIR"), "feedback.json"), json, StandardCharsets.UTF_8);
  }

  /**
   * A careless worker: prints the variable's value and puts it into its feedback, beside its
   * SHA-256, so a test can see that the value arrived and that the server masks it.
   */
  private static void echoSecret(String name) throws Exception {
    String value = System.getenv(name);
    if (value == null) {
      System.err.println(name + " is not set");
      System.exit(4);
    }
    System.out.println(name + "=" + value);
    System.out.flush();
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(value.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(String.format("%02x", b));
    }
    String json =
        "{\"variable\": \""
            + name
            + "\", \"sha256\": \""
            + hex
            + "\", \"echo\": \""
            + value.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"}";
    Files.writeString(
        Path.of(System.getenv("FIELDCLOUD_IO_DIR"), "feedback.json"), json, StandardCharsets.UTF_8);
  }

  private static void allocate() {
    List<byte[]> kept = new ArrayList<>();
    for (int i = 1; i <= 512; i++) {
      byte[] block = new byte[8 << 20];
      for (int j = 0; j < block.length; j += 4096) {
        block[j] = 1; // touch every page: resident, not just reserved
      }
      kept.add(block);
      if (i % 8 == 0) {
        System.out.println("allocated " + (i * 8) + " MiB");
        System.out.flush();
      }
    }
    System.out.println("allocated " + kept.size() * 8 + " MiB without being stopped");
  }

  private static int get(String url) throws Exception {
    HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
    http.setConnectTimeout(5000);
    http.setReadTimeout(5000);
    int status = http.getResponseCode();
    try (InputStream body = http.getInputStream()) {
      System.out.println(
          "HTTP " + status + ": " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
    return status == 200 ? 0 : 1;
  }

  private static void print(int lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      out.append("line ").append(i).append(" of the chatty worker\n");
    }
    System.out.print(out);
    System.out.println("the last line");
    System.out.flush();
  }
}

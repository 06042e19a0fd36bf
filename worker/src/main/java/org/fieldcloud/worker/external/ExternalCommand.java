package org.fieldcloud.worker.external;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program (GDAL tools, the PyQGIS helper) with a time limit. Output is
 * captured, never inherited, so nothing the tool prints bypasses the worker's log redaction.
 */
public final class ExternalCommand {

  private final List<String> arguments = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private Duration timeout = Duration.ofMinutes(5);
  private Path directory;

  public static ExternalCommand of(String program, String... arguments) {
    ExternalCommand command = new ExternalCommand();
    command.arguments.add(program);
    command.arguments.addAll(List.of(arguments));
    return command;
  }

  public ExternalCommand arg(String argument) {
    arguments.add(argument);
    return this;
  }

  public ExternalCommand env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  public ExternalCommand envAll(Map<String, String> variables) {
    environment.putAll(variables);
    return this;
  }

  public ExternalCommand timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  public ExternalCommand in(Path directory) {
    this.directory = directory;
    return this;
  }

  public List<String> arguments() {
    return List.copyOf(arguments);
  }

  public Result run() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(arguments);
    builder.environment().putAll(environment);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> stdout = drain(process.getInputStream());
    CompletableFuture<String> stderr = drain(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return new Result(-1, stdout.getNow(""), stderr.getNow(""), true);
      }
      return new Result(process.exitValue(), stdout.join(), stderr.join(), false);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + arguments.get(0), e);
    }
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }

  /** Exit code and captured output of a finished (or timed-out) run. */
  public record Result(int exitCode, String stdout, String stderr, boolean timedOut) {

    public boolean succeeded() {
      return exitCode == 0 && !timedOut;
    }

    /** The first non-blank lines of the error output, for an error message. */
    public String errorSummary() {
      if (timedOut) {
        return "timed out";
      }
      String text = stderr.isBlank() ? stdout : stderr;
      List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
      return String.join(" ", lines.subList(0, Math.min(2, lines.size())));
    }
  }
}

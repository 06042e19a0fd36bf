package org.fieldcloud.jobs.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/**
 * The {@code feedback} a job keeps (jobs.md 5.1 step 6): the worker's feedback.json when there is
 * one, or an error object saying what went wrong, always with {@code container_exit_code}.
 */
final class JobFeedback {

  private JobFeedback() {}

  /** The feedback of a finished run, and whether it counts as a success. */
  record Verdict(JsonObject feedback, boolean succeeded) {}

  static Verdict of(WorkerResult run) {
    int exitCode = run.exitCode() == null ? -1 : run.exitCode();
    JsonObject error =
        switch (run.ending()) {
          case TIMED_OUT -> error("Worker timeout error.", "TIMEOUT", "container", run.message());
          case OUT_OF_MEMORY -> error(run.message(), "OUT_OF_MEMORY", "container", "");
          case COULD_NOT_START -> error(run.message(), "WORKER_NOT_STARTED", "worker_wrapper", "");
          case FAILED, SUCCEEDED -> null;
        };
    if (error == null && exitCode == 137) {
      error = error("Docker engine sigkill.", "DOCKER_ENGINE_SIGKILL", "container", run.message());
    }
    if (error != null) {
      return new Verdict(withExitCode(Json.createObjectBuilder(error), exitCode), false);
    }
    JsonObject written;
    try {
      written = parse(run.feedback());
    } catch (JsonParsingException | IllegalStateException e) {
      // A failed worker that wrote nothing says why in its output; an exit 0 without a readable
      // feedback.json is our side's error, as in the reference.
      JsonObjectBuilder broken =
          Json.createObjectBuilder(
              run.ending() == WorkerResult.Ending.FAILED
                  ? error(run.message(), "WORKER_FAILED", "container", "")
                  : error(
                      "The worker's feedback.json is missing or not a JSON object: "
                          + e.getMessage(),
                      "INVALID_FEEDBACK",
                      "worker_wrapper",
                      ""));
      if (run.feedback() != null) {
        broken.add("error_feedback", run.feedback());
      }
      return new Verdict(withExitCode(broken, exitCode), false);
    }
    JsonObjectBuilder feedback = Json.createObjectBuilder(written);
    boolean hasError = written.containsKey("error") && !written.isNull("error");
    if (hasError) {
      feedback.add("error_origin", "container");
    } else if (run.ending() == WorkerResult.Ending.FAILED) {
      feedback.add("error", run.message()).add("error_origin", "container");
    }
    return new Verdict(
        withExitCode(feedback, exitCode),
        run.ending() == WorkerResult.Ending.SUCCEEDED && !hasError);
  }

  /** The feedback of a job that ended without a worker result (an exception, recovery). */
  static JsonObject ofFailure(String message, Throwable cause, int exitCode) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("error", message)
            .add("error_origin", "worker_wrapper")
            .add("error_class", cause == null ? "" : cause.getClass().getName())
            .add("error_stack", cause == null ? "" : stack(cause));
    return withExitCode(b, exitCode);
  }

  /** Parses feedback text into an object; null when absent or not an object. */
  static JsonObject parseOrNull(String text) {
    try {
      return parse(text);
    } catch (JsonParsingException | IllegalStateException e) {
      return null;
    }
  }

  private static JsonObject parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("no feedback.json");
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalStateException("feedback.json holds a " + value.getValueType());
      }
      return value.asJsonObject();
    }
  }

  private static JsonObject error(String message, String type, String origin, String stack) {
    return Json.createObjectBuilder()
        .add("error", message)
        .add("error_type", type)
        .add("error_class", "")
        .add("error_origin", origin)
        .add("error_stack", stack == null ? "" : stack)
        .build();
  }

  private static JsonObject withExitCode(JsonObjectBuilder b, int exitCode) {
    return b.add("container_exit_code", exitCode).build();
  }

  private static String stack(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}

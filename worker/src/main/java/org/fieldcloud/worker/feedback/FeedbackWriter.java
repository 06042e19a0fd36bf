package org.fieldcloud.worker.feedback;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes {@code feedback.json} into the /io folder shared with the job runner. */
public final class FeedbackWriter {

  public static final String FILE_NAME = "feedback.json";

  private FeedbackWriter() {}

  /** Writes atomically so the runner never reads a half-written file. */
  public static Path write(Feedback feedback, Path ioDir) throws IOException {
    Files.createDirectories(ioDir);
    Path target = ioDir.resolve(FILE_NAME);
    Path partial = ioDir.resolve(FILE_NAME + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        JsonWriter json =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
      json.write(JsonValues.of(feedback.toMap()));
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }
}

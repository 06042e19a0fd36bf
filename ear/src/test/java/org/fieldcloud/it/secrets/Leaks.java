package org.fieldcloud.it.secrets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.fieldcloud.it.support.ApiClient;
import org.fieldcloud.it.support.ApiResponse;

/** Looks for secret values where a user or an operator could read them. */
final class Leaks {

  private static final Path LOGS = Path.of("target/it-payara/domains/fieldcloud-it/logs");

  private Leaks() {}

  /** Every API answer about the project a member of it can read: none holds any of the values. */
  static void notInTheApi(ApiClient api, String projectId, Collection<String> values) {
    var jobs = api.get("jobs/?project_id=" + projectId);
    assertTrue(jobs.status() == 200, jobs::toString);
    List<ApiResponse> answers =
        new java.util.ArrayList<>(
            List.of(
                api.get("projects/" + projectId),
                api.get("projects/"),
                jobs,
                api.get("files/" + projectId),
                api.get("packages/" + projectId + "/latest"),
                api.get("deltas/" + projectId),
                api.get("collaborators/" + projectId)));
    jobs.jsonArray().forEach(j -> answers.add(api.get("jobs/" + j.asJsonObject().getString("id"))));
    for (ApiResponse answer : answers) {
      for (String value : values) {
        assertFalse(
            answer.body().contains(value),
            () -> "a secret is in the API answer " + answer.toString().replace(value, "<SECRET>"));
      }
    }
  }

  /** The application server's log files (server.log and its rotations) hold none of the values. */
  static void notInTheServerLog(Collection<String> values) throws IOException {
    assertTrue(Files.isDirectory(LOGS), "no server log at " + LOGS.toAbsolutePath());
    List<Path> logs;
    try (Stream<Path> files = Files.list(LOGS)) {
      logs = files.filter(p -> p.getFileName().toString().startsWith("server.log")).toList();
    }
    assertFalse(logs.isEmpty(), "no server.log in " + LOGS.toAbsolutePath());
    for (Path log : logs) {
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      for (String value : values) {
        assertFalse(text.contains(value), () -> "a secret is in " + log);
      }
    }
  }
}

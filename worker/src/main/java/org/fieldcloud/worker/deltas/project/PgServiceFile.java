package org.fieldcloud.worker.deltas.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * libpq's connection service file ({@code pg_service.conf}): INI sections of {@code key=value}.
 * Found as libpq finds it: {@code PGSERVICEFILE}, else {@code ~/.pg_service.conf}, else {@code
 * $PGSYSCONFDIR/pg_service.conf}. The worker gets it from the project's secrets.
 */
public final class PgServiceFile {

  private final Map<String, Map<String, String>> services;

  private PgServiceFile(Map<String, Map<String, String>> services) {
    this.services = services;
  }

  public Optional<Map<String, String>> service(String name) {
    return Optional.ofNullable(services.get(name));
  }

  public static PgServiceFile locate(Map<String, String> env) throws IOException {
    Map<String, Map<String, String>> all = new HashMap<>();
    // Later files only fill services the earlier ones do not define, as in libpq.
    for (Path candidate : candidates(env)) {
      if (Files.isRegularFile(candidate)) {
        for (var e : parse(Files.readString(candidate)).entrySet()) {
          all.putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    return new PgServiceFile(all);
  }

  private static java.util.List<Path> candidates(Map<String, String> env) {
    var list = new java.util.ArrayList<Path>();
    if (env.get("PGSERVICEFILE") != null) {
      list.add(Path.of(env.get("PGSERVICEFILE")));
    } else {
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      if (home != null) {
        list.add(Path.of(home, ".pg_service.conf"));
      }
    }
    if (env.get("PGSYSCONFDIR") != null) {
      list.add(Path.of(env.get("PGSYSCONFDIR"), "pg_service.conf"));
    }
    return list;
  }

  static Map<String, Map<String, String>> parse(String text) {
    Map<String, Map<String, String>> services = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new LinkedHashMap<>();
        services.put(line.substring(1, line.length() - 1).strip(), current);
      } else if (current != null && line.contains("=")) {
        int eq = line.indexOf('=');
        current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return services;
  }
}

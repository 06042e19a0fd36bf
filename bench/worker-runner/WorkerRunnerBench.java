import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldcloud.jobs.infrastructure.runner.DockerRunnerSettings;
import org.fieldcloud.jobs.infrastructure.runner.DockerTestImage;
import org.fieldcloud.jobs.infrastructure.runner.DockerWorkerRunner;
import org.fieldcloud.jobs.infrastructure.runner.WorkerJob;
import org.fieldcloud.jobs.infrastructure.runner.WorkerLimits;
import org.fieldcloud.jobs.infrastructure.runner.WorkerOutcome;
import org.fieldcloud.jobs.infrastructure.runner.WorkerRun;

/**
 * One no-op job (the test worker's "succeed": start the JVM, print two lines, write feedback.json,
 * exit 0) run end to end by DockerWorkerRunner (create, start, wait, logs, inspect, feedback,
 * remove) and by `docker run --rm` of the same image with the same mounts, alternately, after two
 * warm-up runs of each. Prints every time, both medians and their ratio.
 */
public class WorkerRunnerBench {

  public static void main(String[] args) throws Exception {
    int iterations = Integer.parseInt(args[0]);
    String image = DockerTestImage.build();
    WorkerLimits limits = WorkerLimits.ofMegabytes(1000, 1);
    List<Double> runner = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    try (DockerWorkerRunner docker =
        new DockerWorkerRunner(
            new DockerRunnerSettings(
                "unix:///var/run/docker.sock", image, "bench", Optional.empty(), 1 << 20))) {
      for (int i = -2; i < iterations; i++) {
        Path io = Files.createTempDirectory("bench-io");
        String job = UUID.randomUUID().toString();
        long t0 = System.nanoTime();
        WorkerRun run =
            docker.run(
                new WorkerJob(
                    job,
                    List.of("succeed"),
                    Map.of("JOB_ID", job),
                    io,
                    Duration.ofSeconds(60),
                    limits));
        double runnerSeconds = (System.nanoTime() - t0) / 1e9;
        if (run.outcome() != WorkerOutcome.SUCCEEDED || run.feedback() == null) {
          throw new IllegalStateException("runner: " + run);
        }

        Path io2 = Files.createTempDirectory("bench-io");
        long t1 = System.nanoTime();
        Process p =
            new ProcessBuilder(
                    "docker", "run", "--rm", "--network", "host",
                    "--memory", "1000m", "--memory-swap", "1000m", "--cpus", "1",
                    "-v", io2 + ":/io", "-e", "FIELDCLOUD_IO_DIR=/io", "-e", "JOB_ID=" + job,
                    image, "succeed")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        double rawSeconds = (System.nanoTime() - t1) / 1e9;
        if (code != 0 || !Files.exists(io2.resolve("feedback.json"))) {
          throw new IllegalStateException("docker run: exit " + code + "\n" + out);
        }
        delete(io);
        delete(io2);
        if (i >= 0) {
          runner.add(runnerSeconds);
          raw.add(rawSeconds);
        }
        System.out.printf(
            "%s %2d  runner %.3f s   docker run --rm %.3f s%n",
            i < 0 ? "warm-up" : "run    ", i, runnerSeconds, rawSeconds);
      }
    }
    double r = median(runner);
    double d = median(raw);
    System.out.printf(
        "median of %d: DockerWorkerRunner %.3f s, docker run --rm %.3f s, ratio %.2fx (target <= 1.5x)%n",
        iterations, r, d, r / d);
  }

  static void delete(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}

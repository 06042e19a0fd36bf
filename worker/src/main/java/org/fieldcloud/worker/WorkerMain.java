package org.fieldcloud.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldcloud.worker.deltas.ApplyDeltasWorkerCommand;
import org.fieldcloud.worker.feedback.Feedback;
import org.fieldcloud.worker.feedback.FeedbackWriter;
import org.fieldcloud.worker.feedback.WorkflowRunner;
import org.fieldcloud.worker.packaging.PackageCommand;
import org.fieldcloud.worker.projectfile.ProcessProjectfileCommand;

/**
 * Entry point of {@code java -jar worker.jar <command> [project id] [qgis file name]}, run inside a
 * worker container or as a local process. Parameters and the temporary token come from the
 * environment ({@link WorkerEnvironment}); the verdict is feedback.json in the io folder and the
 * exit code: 0 only on success.
 */
public final class WorkerMain {

  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILED = 1;
  static final Map<String, WorkerCommand> COMMANDS = commands();

  private WorkerMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.err));
  }

  static int run(String[] args, PrintStream err) {
    return run(args, System.getenv(), err);
  }

  static int run(String[] args, Map<String, String> environment, PrintStream err) {
    if (args.length < 1 || !COMMANDS.containsKey(args[0])) {
      err.println("usage: java -jar worker.jar <" + String.join("|", COMMANDS.keySet()) + ">");
      return EXIT_USAGE;
    }
    WorkerCommand command = COMMANDS.get(args[0]);
    WorkerEnvironment env =
        WorkerEnvironment.from(environment, Arrays.asList(args).subList(1, args.length));
    PrintStream log = new RedactingPrintStream(err, env.token());
    log.println("FieldCloud worker: " + command.name() + " " + env.describe());
    String missing = env.missingForApi(command.needsJobId());
    if (missing != null) {
      log.println("Cannot run " + command.name() + ": " + missing);
      return EXIT_USAGE;
    }
    Path workDir = null;
    boolean removeWorkDir = env.workDir() == null;
    try {
      workDir = removeWorkDir ? Files.createTempDirectory("fieldcloud-worker-") : env.workDir();
      Files.createDirectories(workDir);
      JobContext context = new JobContext(env, log, workDir);
      Feedback feedback = new WorkflowRunner(log).run(command.workflow(context));
      FeedbackWriter.write(feedback, env.ioDir());
      if (feedback.failed()) {
        log.println(command.name() + " failed: " + feedback.failure().getMessage());
        return EXIT_FAILED;
      }
      log.println(command.name() + " finished.");
      return 0;
    } catch (IOException | RuntimeException e) {
      log.println(command.name() + " failed before feedback could be written: " + e);
      return EXIT_FAILED;
    } finally {
      if (removeWorkDir && workDir != null) {
        deleteQuietly(workDir);
      }
    }
  }

  private static Map<String, WorkerCommand> commands() {
    Map<String, WorkerCommand> commands = new TreeMap<>();
    for (WorkerCommand command :
        List.of(
            new ProcessProjectfileCommand(),
            new PackageCommand(),
            new ApplyDeltasWorkerCommand())) {
      commands.put(command.name(), command);
    }
    return commands;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is not worth failing a finished job
    }
  }
}

package org.fieldcloud.worker;

import java.io.PrintStream;
import java.util.Set;

/**
 * Entry point of {@code java -jar worker.jar <command>}, run inside a worker container or as a
 * local process. The exit code is the job's verdict: 0 only on success.
 */
public final class WorkerMain {

  static final int EXIT_USAGE = 2;
  static final Set<String> COMMANDS = Set.of("process_projectfile", "package", "apply_deltas");

  private WorkerMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    if (args.length > 0 && args[0].equals("apply_deltas"))
      return org.fieldcloud.worker.deltas.ApplyDeltasCommand.run(
          java.util.Arrays.copyOfRange(args, 1, args.length), err);
    if (args.length != 1 || !COMMANDS.contains(args[0])) {
      err.println(
          "usage: java -jar worker.jar <"
              + String.join("|", COMMANDS.stream().sorted().toList())
              + ">");
      return EXIT_USAGE;
    }
    err.println("worker command " + args[0] + " is not available in this version");
    return 1;
  }
}

package org.fieldcloud.worker;

import java.io.PrintStream;
import java.util.Map;

/** Lets tests in other packages call the package-private {@link WorkerMain#run}. */
public final class WorkerMainAccess {

  private WorkerMainAccess() {}

  public static int run(String[] args, PrintStream err) {
    return WorkerMain.run(args, err);
  }

  public static int run(String[] args, Map<String, String> environment, PrintStream err) {
    return WorkerMain.run(args, environment, err);
  }
}

package org.fieldcloud.worker;

import java.io.PrintStream;

/** Lets tests in other packages call the package-private {@link WorkerMain#run}. */
public final class WorkerMainAccess {

  private WorkerMainAccess() {}

  public static int run(String[] args, PrintStream err) {
    return WorkerMain.run(args, err);
  }
}

package org.fieldcloud.jobs.infrastructure.runner;

/**
 * The marks every worker carries (container labels, or {@code -D} properties on the worker JVM's
 * command line) so that recovery can find the workers of jobs that are gone.
 */
final class WorkerLabels {

  static final String ROLE = "fieldcloud.role";
  static final String ROLE_WORKER = "worker";
  static final String JOB = "fieldcloud.job";
  static final String NODE = "fieldcloud.node";

  /** The worker's folder, as an environment variable: {@code /io} in a container. */
  static final String IO_DIR_VARIABLE = "FIELDCLOUD_IO_DIR";

  private WorkerLabels() {}
}

package org.fieldcloud.jobs.infrastructure.runner;

/**
 * Resources one worker may use.
 *
 * @param memoryBytes memory limit (container: memory and memory+swap, so no swap; process: the
 *     child JVM's maximum heap)
 * @param cpus CPU limit in cores (container: nano-CPUs quota; process: the JVM's processor count
 *     hint only, not enforced)
 */
public record WorkerLimits(long memoryBytes, double cpus) {

  public WorkerLimits {
    if (memoryBytes < 16L << 20) {
      throw new IllegalArgumentException("memory limit below 16 MiB: " + memoryBytes);
    }
    if (!(cpus > 0)) {
      throw new IllegalArgumentException("cpus must be positive: " + cpus);
    }
  }

  public static WorkerLimits ofMegabytes(long memoryMegabytes, double cpus) {
    return new WorkerLimits(memoryMegabytes << 20, cpus);
  }

  public long memoryMegabytes() {
    return memoryBytes >> 20;
  }
}

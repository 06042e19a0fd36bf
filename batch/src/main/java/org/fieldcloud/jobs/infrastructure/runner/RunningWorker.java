package org.fieldcloud.jobs.infrastructure.runner;

/**
 * A worker container or process found on this machine.
 *
 * @param id the container id or the process id
 * @param jobId the job it runs (label {@code fieldcloud.job})
 * @param nodeId the application node that started it (label {@code fieldcloud.node})
 * @param state engine state, e.g. {@code running}, {@code exited}, {@code created}
 */
public record RunningWorker(String id, String jobId, String nodeId, String state) {}

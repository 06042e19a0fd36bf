package org.fieldcloud.jobs.domain.model;

import java.util.UUID;

/**
 * Fired inside the transaction that made a job {@code pending} (created, or re-run by staff). The
 * queue consumer of this node observes it after the commit and polls at once instead of waiting for
 * its timer (docs/jobs.md, "Consumers, timers and Jakarta Batch").
 *
 * @param jobId the job
 */
public record JobPending(UUID jobId) {}

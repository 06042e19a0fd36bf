package org.fieldcloud.jobs.domain.model;

/**
 * A job was just created through {@code POST jobs/}, inside the request's transaction. Observed
 * synchronously by the context that gives the job its work (the deltas context attaches pending
 * deltas to a {@code delta_apply} job), since the jobs context cannot know that work itself.
 */
public record JobRequested(Job job) {}

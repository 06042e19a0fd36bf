package org.fieldcloud.deltas.domain.model;

import java.util.UUID;

/** Fired in the upload's transaction when a deltafile brought {@code count} new deltas. */
public record DeltasUploaded(UUID projectId, long actorId, UUID deltafileId, int count) {}

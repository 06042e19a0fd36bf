package org.fieldcloud.projects.domain.model;

import java.util.UUID;

/** Fired in the creating transaction once the project (and its creator's role) exist. */
public record ProjectCreated(UUID projectId, long actorId) {}

package org.fieldcloud.projects.domain.model;

import java.util.UUID;

/**
 * Fired when a project was deleted; observers remove what belongs to it outside the database (its
 * objects in S3), after the transaction committed.
 */
public record ProjectDeleted(UUID projectId) {}

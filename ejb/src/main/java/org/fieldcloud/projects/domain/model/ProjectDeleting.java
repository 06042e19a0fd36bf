package org.fieldcloud.projects.domain.model;

import java.util.UUID;

/**
 * Fired in the deleting transaction just before the project is removed, while its roles can still
 * be read (who to notify); {@link ProjectDeleted} follows after the removal.
 */
public record ProjectDeleting(UUID projectId, String projectName, long actorId) {}

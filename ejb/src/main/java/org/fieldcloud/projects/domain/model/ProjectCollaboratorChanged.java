package org.fieldcloud.projects.domain.model;

import java.util.UUID;

/**
 * Fired in the changing transaction after a collaborator was added to or removed from a project.
 * Observers may refuse an addition by throwing (the plan's collaborator limit).
 */
public record ProjectCollaboratorChanged(
    UUID projectId, long collaboratorId, long actorId, boolean added) {}

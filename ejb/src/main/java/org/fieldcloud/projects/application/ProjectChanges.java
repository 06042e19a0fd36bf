package org.fieldcloud.projects.application;

/**
 * Writable project fields as a request gives them; null means "not given" (api.md 5.6).
 *
 * @param isPrivate the deprecated {@code private}; when given it wins over {@code isPublic}
 * @param projectType {@code regular} or {@code template} as sent; anything else is refused
 */
public record ProjectChanges(
    String name,
    String owner,
    String description,
    Boolean isPublic,
    Boolean isPrivate,
    String projectType,
    Boolean isFeatured,
    Boolean isAttachmentDownloadOnDemand,
    Boolean hasRestrictedProjectfiles,
    Boolean overwriteConflicts) {}

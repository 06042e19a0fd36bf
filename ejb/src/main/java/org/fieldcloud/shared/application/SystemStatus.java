package org.fieldcloud.shared.application;

import java.time.Instant;

/**
 * Health of the parts the service cannot work without, as {@code GET /api/v1/status/} reports it.
 *
 * @param databaseOk the database answered {@code SELECT 1}
 * @param storageOk the object storage bucket answered
 * @param checkedAt when the checks ran
 */
public record SystemStatus(boolean databaseOk, boolean storageOk, Instant checkedAt) {}

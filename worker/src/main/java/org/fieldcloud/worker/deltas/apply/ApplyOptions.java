package org.fieldcloud.worker.deltas.apply;

import java.util.Map;

/**
 * How a run applies deltas.
 *
 * @param overwriteConflicts apply a delta even when the data no longer has its {@code old} values
 *     (the project's setting, default on)
 * @param env where the pg_service file and {@code QFC_PG_EFFECTIVE_USER} come from
 */
public record ApplyOptions(boolean overwriteConflicts, Map<String, String> env) {}

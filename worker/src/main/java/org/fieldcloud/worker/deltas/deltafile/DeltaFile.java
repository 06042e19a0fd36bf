package org.fieldcloud.worker.deltas.deltafile;

import java.util.List;
import java.util.Map;

/**
 * A parsed deltafile (version 1.0) as the server hands it to the worker.
 *
 * @param clientPks {@code <clientId>__<localLayerId>__<localPk>} to the pk the server gave that
 *     feature when its create was applied
 */
public record DeltaFile(
    String id,
    String project,
    String version,
    List<DeltaEntry> entries,
    List<String> files,
    Map<String, String> clientPks) {}

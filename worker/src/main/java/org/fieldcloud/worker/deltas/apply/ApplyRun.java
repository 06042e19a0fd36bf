package org.fieldcloud.worker.deltas.apply;

import java.util.List;
import java.util.Map;

/**
 * What one run did: the feedback of every delta in deltafile order, and the {@code clientPks} after
 * the run (the input mapping plus every feature created in it), for a caller that chains deltafiles
 * the way the server does.
 */
public record ApplyRun(List<DeltaFeedback> feedback, Map<String, String> clientPks) {}

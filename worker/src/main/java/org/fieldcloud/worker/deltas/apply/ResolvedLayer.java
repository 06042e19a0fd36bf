package org.fieldcloud.worker.deltas.apply;

import org.fieldcloud.worker.deltas.store.FeatureStore;
import org.fieldcloud.worker.deltas.store.LayerTable;

/** A project layer bound to the store and table its deltas are written to. */
record ResolvedLayer(FeatureStore store, LayerTable table) {}

package org.fieldcloud.worker.packaging;

import org.fieldcloud.worker.qgis.LayerSource;
import org.fieldcloud.worker.qgis.MapLayerXml;

/**
 * The decision for one layer.
 *
 * @param reason why the action differs from what the project asked for, or ""
 * @param primaryKey the attribute that matches offline features to source features, or ""
 */
public record LayerPlan(
    MapLayerXml layer,
    LayerSource source,
    CloudAction action,
    String reason,
    String primaryKey,
    boolean forceReadOnly) {

  public String layerId() {
    return layer.id();
  }
}

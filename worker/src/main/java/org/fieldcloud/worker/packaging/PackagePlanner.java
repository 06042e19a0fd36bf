package org.fieldcloud.worker.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldcloud.worker.qgis.LayerSource;
import org.fieldcloud.worker.qgis.MapLayerXml;

/**
 * Decides per layer what goes into the package, following libqfieldsync's rules for cloud packages:
 * invalid layers are removed (except localized layers and remote rasters, which QField may still
 * open), the layer's {@code QFieldSync/cloud_action} wins, and the default is offline editing for
 * vector layers and no action for everything else.
 */
public final class PackagePlanner {

  private static final Set<String> REMOTE_RASTER_PROVIDERS =
      Set.of("wms", "wcs", "xyz", "arcgismapserver");
  private static final Set<String> OFFLINE_PROVIDERS =
      Set.of("ogr", "spatialite", "delimitedtext", "postgres");

  /**
   * @param layersById the LayerDetails of the original project (validity, primary key)
   */
  public List<LayerPlan> plan(
      List<MapLayerXml> layers, Map<String, Map<String, Object>> layersById, Path projectDir) {
    List<LayerPlan> plans = new ArrayList<>();
    for (MapLayerXml layer : layers) {
      LayerSource source = LayerSource.of(layer.provider(), layer.datasource(), projectDir);
      Map<String, Object> details = layersById.getOrDefault(layer.id(), Map.of());
      boolean valid = Boolean.TRUE.equals(details.get("is_valid"));
      String primaryKey = String.valueOf(details.getOrDefault("qfc_source_data_pk_name", ""));
      plans.add(planOne(layer, source, valid, primaryKey));
    }
    return plans;
  }

  private static LayerPlan planOne(
      MapLayerXml layer, LayerSource source, boolean valid, String primaryKey) {
    if (!valid) {
      if (source.localized()) {
        return new LayerPlan(
            layer, source, CloudAction.NO_ACTION, "invalid localized layer kept", "", false);
      }
      if ("raster".equals(layer.type()) && REMOTE_RASTER_PROVIDERS.contains(source.provider())) {
        return new LayerPlan(
            layer, source, CloudAction.NO_ACTION, "invalid remote raster kept", "", false);
      }
      return new LayerPlan(layer, source, CloudAction.REMOVE, "invalid layer", "", false);
    }
    CloudAction requested = CloudAction.fromValue(layer.customProperty("QFieldSync/cloud_action"));
    CloudAction action = requested != null ? requested : defaultAction(layer, source);
    if (action == CloudAction.OFFLINE && !OFFLINE_PROVIDERS.contains(source.provider())) {
      return new LayerPlan(
          layer,
          source,
          CloudAction.NO_ACTION,
          "provider \"" + source.provider() + "\" cannot be converted for offline editing",
          "",
          false);
    }
    if (action == CloudAction.OFFLINE && primaryKey.isEmpty()) {
      // Without a usable key QField's edits could not be matched back: ship it read-only.
      return new LayerPlan(layer, source, CloudAction.NO_ACTION, "no usable primary key", "", true);
    }
    return new LayerPlan(layer, source, action, "", primaryKey, false);
  }

  static CloudAction defaultAction(MapLayerXml layer, LayerSource source) {
    if (!"vector".equals(layer.type())) {
      return CloudAction.NO_ACTION;
    }
    if ("virtual".equals(source.provider()) || source.localized()) {
      return CloudAction.NO_ACTION;
    }
    return CloudAction.OFFLINE;
  }
}

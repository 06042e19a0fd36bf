package org.fieldcloud.worker.deltas.apply;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldcloud.worker.deltas.project.LayerSource;
import org.fieldcloud.worker.deltas.project.OgrDatasource;
import org.fieldcloud.worker.deltas.project.PostgresDatasource;
import org.fieldcloud.worker.deltas.project.ProjectLayers;
import org.fieldcloud.worker.deltas.store.FeatureStore;
import org.fieldcloud.worker.deltas.store.LayerUnavailableException;
import org.fieldcloud.worker.deltas.store.gpkg.GpkgFeatureStore;
import org.fieldcloud.worker.deltas.store.ogr.OgrFileFeatureStore;
import org.fieldcloud.worker.deltas.store.postgis.PostgresConnector;

/**
 * Finds the data behind a delta's layer id and opens it once: one store per GeoPackage file or per
 * PostgreSQL connection, shared by all layers that live there, so each data source is one
 * transaction. Results (also failures) are remembered per layer id.
 */
final class LayerResolver implements AutoCloseable {

  private final ProjectLayers project;
  private final PostgresConnector postgres;
  private final Map<String, FeatureStore> stores = new LinkedHashMap<>();
  private final Map<String, Object> byLayerId = new HashMap<>();

  LayerResolver(ProjectLayers project, Map<String, String> env) {
    this.project = project;
    this.postgres = new PostgresConnector(env);
  }

  ResolvedLayer resolve(String layerId) throws LayerUnavailableException {
    Object cached = byLayerId.get(layerId);
    if (cached == null) {
      try {
        cached = open(layerId);
      } catch (LayerUnavailableException e) {
        cached = e;
      }
      byLayerId.put(layerId, cached);
    }
    if (cached instanceof LayerUnavailableException e) {
      throw e;
    }
    return (ResolvedLayer) cached;
  }

  private ResolvedLayer open(String layerId) throws LayerUnavailableException {
    LayerSource layer =
        project
            .layer(layerId)
            .filter(l -> "vector".equals(l.type()))
            .orElseThrow(() -> new LayerUnavailableException("No layer with id " + layerId));
    String provider = layer.provider() == null ? "" : layer.provider();
    switch (provider) {
      case "ogr" -> {
        OgrDatasource ds = OgrDatasource.parse(layer.datasource(), layer.projectDir());
        if (!ds.isGeoPackage() && OgrFileFeatureStore.supports(ds.extension())) {
          Path file = ds.file().toAbsolutePath().normalize();
          String key = "ogr:" + file;
          FeatureStore store = stores.get(key);
          if (store == null) {
            store = OgrFileFeatureStore.open(file, ds.extension());
            stores.put(key, store);
          }
          return new ResolvedLayer(store, store.table(null, ds.layerName(), null, null));
        }
        if (!ds.isGeoPackage()) {
          throw new LayerUnavailableException(
              "Layer "
                  + layerId
                  + " is stored in a "
                  + ds.extension().toUpperCase(Locale.ROOT)
                  + " file ("
                  + ds.file().getFileName()
                  + "); this worker applies deltas to GeoPackage, PostGIS, GeoJSON and CSV"
                  + " layers only");
        }
        Path file = ds.file().toAbsolutePath().normalize();
        String key = "gpkg:" + file;
        FeatureStore store = stores.get(key);
        if (store == null) {
          store = GpkgFeatureStore.open(file);
          stores.put(key, store);
        }
        return new ResolvedLayer(store, store.table(null, ds.layerName(), null, null));
      }
      case "postgres" -> {
        PostgresDatasource ds = PostgresDatasource.parse(layer.datasource());
        if (ds.table() == null) {
          throw new LayerUnavailableException("Invalid layer: the datasource names no table");
        }
        if (ds.table().startsWith("(")) {
          throw new LayerUnavailableException(
              "Layer " + layerId + " is an SQL query layer, which cannot be edited");
        }
        Map<String, String> params = postgres.parameters(ds);
        String key = "pg:" + params;
        FeatureStore store = stores.get(key);
        if (store == null) {
          store = postgres.open(params);
          stores.put(key, store);
        }
        return new ResolvedLayer(
            store, store.table(ds.schema(), ds.table(), ds.param("key"), ds.geometryColumn()));
      }
      default ->
          throw new LayerUnavailableException(
              "Layer "
                  + layerId
                  + " uses the QGIS provider '"
                  + provider
                  + "'; this worker applies deltas to GeoPackage and PostGIS layers only");
    }
  }

  List<FeatureStore> stores() {
    return new ArrayList<>(stores.values());
  }

  @Override
  public void close() {
    for (FeatureStore s : stores.values()) {
      try {
        s.close();
      } catch (SQLException ignored) {
        // closing rolls back what was not committed; nothing else to do
      }
    }
    stores.clear();
  }
}

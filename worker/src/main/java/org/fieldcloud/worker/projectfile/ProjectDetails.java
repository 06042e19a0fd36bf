package org.fieldcloud.worker.projectfile;

import java.util.Map;

/**
 * The {@code project_details} object the server stores for a project, plus what the worker itself
 * needs from the reading.
 *
 * @param values the reference's keys (project_name, qgis_version, crs, extent, layers_by_id, …)
 * @param hasUsableExtent false when the extent could not be reprojected to EPSG:4326; then no
 *     thumbnail is rendered (the reference's {@code project_with_invalid_extent.qgs} case)
 */
public record ProjectDetails(Map<String, Object> values, boolean hasUsableExtent) {

  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> layersById() {
    return (Map<String, Map<String, Object>>) values.get("layers_by_id");
  }
}

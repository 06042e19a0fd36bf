package org.fieldcloud.worker.projectfile;

import java.util.Map;

/** A human-readable table of layers for the job log (data sources already without passwords). */
public final class LayerSummary {

  private LayerSummary() {}

  public static String table(Map<String, Map<String, Object>> layersById) {
    StringBuilder text = new StringBuilder("Layers:\n");
    for (Map<String, Object> layer : layersById.values()) {
      text.append("  ")
          .append(Boolean.TRUE.equals(layer.get("is_valid")) ? "valid    " : "INVALID  ")
          .append(layer.get("name"))
          .append(" [")
          .append(layer.get("provider_name"))
          .append("] ")
          .append(layer.get("error_code"));
      Object summary = layer.get("error_summary");
      Object provider = layer.get("provider_error_summary");
      if (summary != null && !summary.toString().isEmpty()) {
        text.append(": ").append(summary);
      }
      if (provider != null && !provider.toString().isEmpty()) {
        text.append(" / ").append(provider);
      }
      text.append('\n');
    }
    return text.toString().stripTrailing();
  }
}

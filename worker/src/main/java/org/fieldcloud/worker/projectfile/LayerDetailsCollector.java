package org.fieldcloud.worker.projectfile;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldcloud.worker.qgis.LayerSource;
import org.fieldcloud.worker.qgis.MapLayerXml;
import org.fieldcloud.worker.qgis.QgisProbe;
import org.fieldcloud.worker.redaction.Credentials;

/**
 * Builds the LayerDetails of every layer (api.md §6.14): identity and declared types from the
 * project XML, validity from QGIS when it ran, otherwise from the project's files and GDAL.
 */
public final class LayerDetailsCollector {

  private static final Pattern PG_SERVICE = Pattern.compile("service='?([^'\\s]+)'?");
  private static final Pattern PG_HOST = Pattern.compile("host='?([^'\\s]+)'?");
  private static final Pattern PG_KEY = Pattern.compile("key='([^']*)'");

  private final FileLayerChecker fileChecker;

  public LayerDetailsCollector(FileLayerChecker fileChecker) {
    this.fileChecker = fileChecker;
  }

  /**
   * @param qgisReport what QGIS reported for this project, or null when QGIS is absent
   * @return LayerDetails keyed by layer id, in QGIS's map-layer order (sorted by id)
   */
  public Map<String, Map<String, Object>> collect(
      List<MapLayerXml> layers, Path projectDir, QgisProbe.Report qgisReport) throws IOException {
    Map<String, Map<String, Object>> byId = new java.util.TreeMap<>();
    for (MapLayerXml layer : layers) {
      LayerSource source = LayerSource.of(layer.provider(), layer.datasource(), projectDir);
      JsonObject qgis = qgisReport == null ? null : qgisReport.layersById().get(layer.id());
      byId.put(layer.id(), details(layer, source, qgis));
    }
    return new LinkedHashMap<>(byId);
  }

  private Map<String, Object> details(MapLayerXml layer, LayerSource source, JsonObject qgis)
      throws IOException {
    LayerValidity validity = validity(layer, source, qgis);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("id", layer.id());
    details.put("name", layer.name());
    String crs =
        qgis != null && qgis.get("crs") instanceof jakarta.json.JsonString text
            ? text.getString()
            : layer.crsAuthid();
    details.put("crs", crs);
    details.put("type", LayerTypes.layerType(layer.type()));
    details.put("type_name", LayerTypes.layerTypeName(layer.type()));
    putGeometryTypes(details, layer, qgis);
    details.put("datasource", Credentials.strip(layer.datasource()));
    details.put("provider_name", source.localized() ? null : emptyToNull(layer.provider()));
    details.put("filename", filename(source));
    details.put("is_valid", validity.valid());
    details.put("is_localized", source.localized());
    details.put("error_code", validity.errorCode());
    details.put("error_summary", validity.errorSummary());
    details.put("error_message", validity.errorMessage());
    details.put("provider_error_summary", Credentials.strip(validity.providerErrorSummary()));
    details.put("provider_error_message", Credentials.strip(validity.providerErrorMessage()));
    details.put("validity_checked_by", validity.checkedBy());
    details.put("qfs_action", layer.customProperty("QFieldSync/action"));
    details.put("qfs_cloud_action", layer.customProperty("QFieldSync/cloud_action"));
    details.put("qfs_is_geometry_locked", layer.customProperty("QFieldSync/is_geometry_locked"));
    details.put("qfs_photo_naming", layer.customProperty("QFieldSync/photo_naming"));
    details.put(
        "qfs_unsupported_source_pk", layer.customProperty("QFieldSync/unsupported_source_pk"));
    details.put("qfc_source_data_pk_name", primaryKeyName(layer, source));
    return details;
  }

  private LayerValidity validity(MapLayerXml layer, LayerSource source, JsonObject qgis)
      throws IOException {
    if (qgis == null) {
      return fileChecker.check(layer, source);
    }
    if (qgis.getBoolean("is_valid", false)) {
      return LayerValidity.valid("qgis");
    }
    // QGIS 3.22 often leaves the error texts empty; the file check says what is missing.
    LayerValidity files = fileChecker.check(layer, source);
    String code;
    if (!qgis.getBoolean("has_provider", false)) {
      code = "missing_dataprovider";
    } else if (qgis.getBoolean("provider_is_valid", false)) {
      code = "invalid_layer";
    } else if (source.localized()) {
      code = "localized_dataprovider";
    } else {
      code = "invalid_dataprovider";
    }
    String summary = firstNonBlank(qgis.getString("error_summary", ""), files.errorSummary());
    String message = firstNonBlank(qgis.getString("error_message", ""), files.errorMessage());
    String providerSummary =
        firstNonBlank(qgis.getString("provider_error_summary", ""), files.providerErrorSummary());
    String providerMessage =
        firstNonBlank(qgis.getString("provider_error_message", ""), files.providerErrorMessage());
    if (providerSummary.isEmpty() && "postgres".equals(source.provider())) {
      // As the reference words it; QGIS 3.22 leaves the PostgreSQL error text empty.
      Matcher service = PG_SERVICE.matcher(layer.datasource());
      Matcher host = PG_HOST.matcher(layer.datasource());
      if (service.find()) {
        providerSummary = "Unable to connect to service \"" + service.group(1) + "\".";
      } else if (host.find()) {
        providerSummary = "Unable to connect to host \"" + host.group(1) + "\".";
      }
      providerMessage = providerMessage.isEmpty() ? providerSummary : providerMessage;
    }
    if (code.equals("missing_dataprovider") && providerSummary.isEmpty()) {
      providerSummary = "No data provider available";
      providerMessage = providerSummary;
    }
    return new LayerValidity(
        false, code, summary, message, providerSummary, providerMessage, "qgis");
  }

  private static void putGeometryTypes(
      Map<String, Object> details, MapLayerXml layer, JsonObject qgis) {
    if (!"vector".equals(layer.type())) {
      details.put("wkb_type", null);
      details.put("wkb_type_name", "");
      details.put("geom_type", null);
      details.put("geom_type_name", "");
      return;
    }
    Integer wkbType;
    String wkbTypeName;
    if (qgis != null && qgis.containsKey("wkb_type") && qgis.getInt("wkb_type") != 0) {
      wkbType = qgis.getInt("wkb_type");
      wkbTypeName = qgis.getString("wkb_type_name", "");
    } else {
      wkbType = LayerTypes.wkbType(layer.wkbTypeName());
      wkbTypeName = layer.wkbTypeName();
    }
    Integer geomType =
        wkbType != null
            ? Integer.valueOf(LayerTypes.geometryType(wkbType))
            : LayerTypes.geometryTypeOfAttribute(layer.geometry());
    details.put("wkb_type", wkbType);
    details.put("wkb_type_name", wkbTypeName == null ? "" : wkbTypeName);
    details.put("geom_type", geomType);
    details.put("geom_type_name", LayerTypes.geometryTypeName(geomType));
  }

  private static String filename(LayerSource source) {
    if (source.localized()) {
      return source.rawPath();
    }
    return source.file() == null ? "" : source.file().toString();
  }

  /**
   * The attribute QField uses to match offline features to source features, as libqfieldsync picks
   * it: the provider's single-column key, else a field named {@code fid}; "" if neither.
   */
  static String primaryKeyName(MapLayerXml layer, LayerSource source) {
    if (!"vector".equals(layer.type())) {
      return "";
    }
    if ("postgres".equals(source.provider())) {
      Matcher key = PG_KEY.matcher(layer.datasource());
      if (key.find() && !key.group(1).contains(",")) {
        return key.group(1).replace("\"", "");
      }
    }
    for (String field : layer.configuredFieldNames()) {
      if (field.equalsIgnoreCase("fid")) {
        return field;
      }
    }
    String file = source.file() == null ? "" : source.file().toString().toLowerCase(Locale.ROOT);
    if (file.endsWith(".gpkg") || "spatialite".equals(source.provider())) {
      return "fid";
    }
    return "";
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second == null ? "" : second;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}

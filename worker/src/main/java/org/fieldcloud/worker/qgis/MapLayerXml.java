package org.fieldcloud.worker.qgis;

import java.util.List;
import org.w3c.dom.Element;

/**
 * One {@code /qgis/projectlayers/maplayer} element: what the project file says about a layer, and
 * the few edits packaging makes to it.
 */
public final class MapLayerXml {

  private final Element element;

  MapLayerXml(Element element) {
    this.element = element;
  }

  Element element() {
    return element;
  }

  public String id() {
    return trimmed(Dom.text(element, "id"));
  }

  public String name() {
    return nullToEmpty(Dom.text(element, "layername"));
  }

  /** {@code vector}, {@code raster}, {@code mesh}, {@code vector-tile}, … */
  public String type() {
    return element.getAttribute("type");
  }

  public String provider() {
    return trimmed(Dom.text(element, "provider"));
  }

  public String datasource() {
    return nullToEmpty(Dom.text(element, "datasource"));
  }

  public String crsAuthid() {
    String authid = trimmed(Dom.text(element, "srs", "spatialrefsys", "authid"));
    return authid.isEmpty() ? null : authid;
  }

  /** The declared WKB type name (newer files), e.g. {@code MultiPolygon}; empty if absent. */
  public String wkbTypeName() {
    return element.getAttribute("wkbType");
  }

  /**
   * The declared geometry kind: {@code Point}, {@code Line}, {@code Polygon}, {@code No geometry}.
   */
  public String geometry() {
    return element.getAttribute("geometry");
  }

  public boolean isReadOnly() {
    return "1".equals(element.getAttribute("readOnly"));
  }

  public boolean isEmbedded() {
    return "1".equals(element.getAttribute("embedded"));
  }

  public Extent extent() {
    return Dom.extent(Dom.child(element, "extent"));
  }

  public Extent wgs84Extent() {
    return Dom.extent(Dom.child(element, "wgs84extent"));
  }

  public String customProperty(String key) {
    return CustomProperties.read(Dom.child(element, "customproperties"), key);
  }

  public void setCustomProperty(String key, String value) {
    Element properties = Dom.child(element, "customproperties");
    if (properties == null) {
      properties = element.getOwnerDocument().createElement("customproperties");
      element.appendChild(properties);
    }
    CustomProperties.write(properties, key, value);
  }

  public void setDatasource(String datasource) {
    Dom.setText(element, "datasource", datasource);
  }

  public void setProvider(String provider) {
    Dom.setText(element, "provider", provider);
  }

  public void setReadOnly(boolean readOnly) {
    element.setAttribute("readOnly", readOnly ? "1" : "0");
  }

  /** Field names declared in the project's field configuration, in file order. */
  public List<String> configuredFieldNames() {
    return Dom.children(Dom.child(element, "fieldConfiguration"), "field").stream()
        .map(field -> field.getAttribute("name"))
        .toList();
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}

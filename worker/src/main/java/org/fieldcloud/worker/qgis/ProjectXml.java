package org.fieldcloud.worker.qgis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Read access to the parts of a {@code .qgs} document the worker needs, by their XML paths. */
public final class ProjectXml {

  private static final Pattern VERSION = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)");

  private final Document document;
  private final Element root;

  ProjectXml(Document document) {
    this.document = document;
    this.root = document.getDocumentElement();
  }

  public Document document() {
    return document;
  }

  /** {@code X.Y.Z} of the QGIS that wrote the file, or null. */
  public String qgisVersion() {
    Matcher matcher = VERSION.matcher(root.getAttribute("version"));
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The project title: {@code <title>} (older files) or {@code projectname}. */
  public String title() {
    String title = Dom.text(root, "title");
    if (title != null && !title.isBlank()) {
      return title;
    }
    String metadataTitle = Dom.text(root, "projectMetadata", "title");
    if (metadataTitle != null && !metadataTitle.isBlank()) {
      return metadataTitle;
    }
    return root.getAttribute("projectname");
  }

  public String crsAuthid() {
    String authid = Dom.text(root, "projectCrs", "spatialrefsys", "authid");
    return authid == null || authid.isBlank() ? null : authid.trim();
  }

  private Element mapCanvas() {
    for (Element canvas : Dom.children(root, "mapcanvas")) {
      if ("theMapCanvas".equals(canvas.getAttribute("name"))) {
        return canvas;
      }
    }
    return null;
  }

  public Extent canvasExtent() {
    return Dom.extent(Dom.child(mapCanvas(), "extent"));
  }

  /** The canvas CRS, falling back to the project CRS. */
  public String canvasCrsAuthid() {
    String authid = Dom.text(mapCanvas(), "destinationsrs", "spatialrefsys", "authid");
    return authid == null || authid.isBlank() ? crsAuthid() : authid.trim();
  }

  public List<MapLayerXml> layers() {
    List<MapLayerXml> layers = new ArrayList<>();
    for (Element layer : Dom.children(Dom.child(root, "projectlayers"), "maplayer")) {
      layers.add(new MapLayerXml(layer));
    }
    return layers;
  }

  /** {@code /qgis/properties/<scope>/<key>} as text, or null. */
  public String property(String scope, String key) {
    Element element = Dom.path(root, "properties", scope, key);
    return element == null ? null : element.getTextContent().trim();
  }

  /** A {@code QStringList} property; null if the key is absent. */
  public List<String> listProperty(String scope, String key) {
    Element element = Dom.path(root, "properties", scope, key);
    if (element == null) {
      return null;
    }
    return Dom.children(element, "value").stream().map(Node::getTextContent).toList();
  }

  public int intProperty(String scope, String key, int fallback) {
    String text = property(scope, key);
    try {
      return text == null ? fallback : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Removes a layer from the layer list, the layer tree, the layer order and legends. */
  public void removeLayer(String layerId) {
    for (MapLayerXml layer : layers()) {
      if (layer.id().equals(layerId)) {
        layer.element().getParentNode().removeChild(layer.element());
      }
    }
    // Every other element that names the layer by id: layer tree, layer order, snapping
    // settings, legends, relations.
    removeWhere(
        "*",
        element ->
            layerId.equals(element.getAttribute("id"))
                || layerId.equals(element.getAttribute("layerid"))
                || ("relation".equals(element.getTagName())
                    && (layerId.equals(element.getAttribute("referencingLayer"))
                        || layerId.equals(element.getAttribute("referencedLayer")))));
    removeWhere(
        "item",
        element ->
            parentIs(element, "custom-order") && layerId.equals(element.getTextContent().trim()));
  }

  /** Drops layer-tree groups that hold no layer anymore, innermost first. */
  public void removeEmptyGroups() {
    Element tree = Dom.child(root, "layer-tree-group");
    if (tree != null) {
      pruneGroups(tree);
    }
  }

  private boolean pruneGroups(Element group) {
    boolean hasLayer = false;
    for (Element child : Dom.children(group, null)) {
      if ("layer-tree-layer".equals(child.getTagName())) {
        hasLayer = true;
      } else if ("layer-tree-group".equals(child.getTagName())) {
        if (pruneGroups(child)) {
          hasLayer = true;
        } else {
          group.removeChild(child);
        }
      }
    }
    return hasLayer;
  }

  /** Points the layer-tree entries of a layer to a new source and provider. */
  public void updateLayerTreeSource(String layerId, String source, String provider) {
    NodeList nodes = document.getElementsByTagName("layer-tree-layer");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (layerId.equals(element.getAttribute("id"))) {
        element.setAttribute("source", source);
        element.setAttribute("providerKey", provider);
      }
    }
  }

  /** Writes a project property in QGIS's typed form, creating scope and key as needed. */
  public void setProperty(String scope, String key, String type, String value) {
    Element properties = Dom.child(root, "properties");
    if (properties == null) {
      properties = document.createElement("properties");
      root.appendChild(properties);
    }
    Element scopeElement = Dom.child(properties, scope);
    if (scopeElement == null) {
      scopeElement = document.createElement(scope);
      properties.appendChild(scopeElement);
    }
    Element keyElement = Dom.child(scopeElement, key);
    if (keyElement == null) {
      keyElement = document.createElement(key);
      scopeElement.appendChild(keyElement);
    }
    keyElement.setAttribute("type", type);
    keyElement.setTextContent(value);
  }

  private static boolean parentIs(Element element, String tag) {
    return element.getParentNode() instanceof Element parent && tag.equals(parent.getTagName());
  }

  private void removeWhere(String tag, java.util.function.Predicate<Element> condition) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> doomed = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (condition.test(element)) {
        doomed.add(element);
      }
    }
    doomed.forEach(element -> element.getParentNode().removeChild(element));
  }
}

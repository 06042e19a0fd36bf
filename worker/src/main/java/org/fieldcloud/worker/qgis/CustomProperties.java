package org.fieldcloud.worker.qgis;

import org.w3c.dom.Element;

/**
 * Layer custom properties in both formats QGIS writes: the older {@code <property key value/>} list
 * and the newer {@code <Option type="Map"><Option name type value/>} map.
 */
final class CustomProperties {

  private CustomProperties() {}

  static String read(Element properties, String key) {
    if (properties == null) {
      return null;
    }
    for (Element property : Dom.children(properties, "property")) {
      if (key.equals(property.getAttribute("key"))) {
        Element value = Dom.child(property, "value");
        return value != null ? value.getTextContent() : property.getAttribute("value");
      }
    }
    Element map = Dom.child(properties, "Option");
    for (Element option : Dom.children(map, "Option")) {
      if (key.equals(option.getAttribute("name"))) {
        return option.getAttribute("value");
      }
    }
    return null;
  }

  /** Writes in the format the element already uses, so QGIS reads one consistent list. */
  static void write(Element properties, String key, String value) {
    Element map = Dom.child(properties, "Option");
    if (map != null) {
      map.setAttribute("type", "Map");
      for (Element option : Dom.children(map, "Option")) {
        if (key.equals(option.getAttribute("name"))) {
          option.setAttribute("value", value);
          return;
        }
      }
      Element option = properties.getOwnerDocument().createElement("Option");
      option.setAttribute("name", key);
      option.setAttribute("type", "QString");
      option.setAttribute("value", value);
      map.appendChild(option);
      return;
    }
    for (Element property : Dom.children(properties, "property")) {
      if (key.equals(property.getAttribute("key"))) {
        property.setAttribute("value", value);
        return;
      }
    }
    Element property = properties.getOwnerDocument().createElement("property");
    property.setAttribute("key", key);
    property.setAttribute("value", value);
    properties.appendChild(property);
  }
}

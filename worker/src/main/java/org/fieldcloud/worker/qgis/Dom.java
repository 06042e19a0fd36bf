package org.fieldcloud.worker.qgis;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers: QGIS XML must be walked by direct children, names repeat deeper down. */
final class Dom {

  private Dom() {}

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && (name == null || name.equals(element.getTagName()))) {
        found.add(element);
      }
    }
    return found;
  }

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The element at a path of direct-child names, or null. */
  static Element path(Element start, String... names) {
    Element current = start;
    for (String name : names) {
      current = child(current, name);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  static String text(Element parent, String... names) {
    Element element = path(parent, names);
    return element == null ? null : element.getTextContent();
  }

  static void setText(Element parent, String name, String value) {
    Element element = child(parent, name);
    if (element == null) {
      element = parent.getOwnerDocument().createElement(name);
      parent.appendChild(element);
    }
    element.setTextContent(value);
  }

  static Extent extent(Element extent) {
    if (extent == null) {
      return null;
    }
    try {
      return new Extent(
          Double.parseDouble(text(extent, "xmin").trim()),
          Double.parseDouble(text(extent, "ymin").trim()),
          Double.parseDouble(text(extent, "xmax").trim()),
          Double.parseDouble(text(extent, "ymax").trim()));
    } catch (RuntimeException e) {
      return null;
    }
  }
}

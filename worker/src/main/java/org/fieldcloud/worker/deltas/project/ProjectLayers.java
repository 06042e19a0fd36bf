package org.fieldcloud.worker.deltas.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The layers of a QGIS project file ({@code .qgs}, or {@code .qgz} = zip holding one {@code .qgs}),
 * keyed by layer id. Only the direct children of {@code /qgis/projectlayers/maplayer} are read: the
 * same element names occur deeper (layouts, embedded styles).
 */
public final class ProjectLayers {

  private final Map<String, LayerSource> byId;

  private ProjectLayers(Map<String, LayerSource> byId) {
    this.byId = byId;
  }

  public Optional<LayerSource> layer(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Map<String, LayerSource> all() {
    return byId;
  }

  public static ProjectLayers read(Path projectFile) throws InvalidProjectFileException {
    if (!Files.isRegularFile(projectFile)) {
      throw new InvalidProjectFileException("Project file \"" + projectFile + "\" does not exist");
    }
    String name = projectFile.getFileName().toString().toLowerCase(Locale.ROOT);
    Path dir = projectFile.toAbsolutePath().getParent();
    try {
      if (name.endsWith(".qgs")) {
        try (InputStream in = Files.newInputStream(projectFile)) {
          return parse(in, dir);
        }
      }
      if (name.endsWith(".qgz")) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(projectFile))) {
          for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.getName().toLowerCase(Locale.ROOT).endsWith(".qgs")) {
              return parse(zip, dir);
            }
          }
        }
        throw new InvalidProjectFileException(
            "Project file \"" + projectFile + "\" holds no .qgs document");
      }
    } catch (IOException e) {
      throw new InvalidProjectFileException(
          "Project file \"" + projectFile + "\" cannot be read: " + e.getMessage(), e);
    }
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    throw new InvalidProjectFileException(
        "Project file \"" + projectFile + "\" has unknown file extension \"" + ext + "\"");
  }

  private static ProjectLayers parse(InputStream in, Path dir)
      throws InvalidProjectFileException, IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // A project file is untrusted input: no DTDs, no external entities.
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      doc = builder.parse(in);
    } catch (SAXException e) {
      throw new InvalidProjectFileException(
          "Project file is an invalid XML document:\n" + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    Map<String, LayerSource> layers = new LinkedHashMap<>();
    Element root = doc.getDocumentElement();
    for (Element projectLayers : children(root, "projectlayers")) {
      for (Element ml : children(projectLayers, "maplayer")) {
        String id = childText(ml, "id");
        if (id == null || id.isEmpty()) {
          continue;
        }
        layers.put(
            id,
            new LayerSource(
                id,
                childText(ml, "layername"),
                ml.getAttribute("type"),
                childText(ml, "provider"),
                childText(ml, "datasource"),
                dir));
      }
    }
    return new ProjectLayers(Collections.unmodifiableMap(layers));
  }

  private static Iterable<Element> children(Element parent, String name) {
    var list = new java.util.ArrayList<Element>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        list.add(e);
      }
    }
    return list;
  }

  private static String childText(Element parent, String name) {
    for (Element e : children(parent, name)) {
      return e.getTextContent().trim();
    }
    return null;
  }
}

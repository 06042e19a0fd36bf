package org.fieldcloud.files.domain.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The QGIS version a project file was written with (api.md 5.8, check 6): the {@code version}
 * attribute of the root element {@code qgis}, which must start with {@code X.Y.Z}. A {@code .qgz}
 * is a zip holding the {@code .qgs}. Only the start of the document is read.
 */
public final class QgisProjectFileVersion {

  private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+.*");

  private QgisProjectFileVersion() {}

  /** The version, or empty when the content is no readable QGIS project. */
  public static Optional<String> of(InputStream content, boolean zipped) throws IOException {
    if (!zipped) {
      return fromXml(content);
    }
    ZipInputStream zip = new ZipInputStream(content);
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      if (!entry.isDirectory() && entry.getName().toLowerCase().endsWith(".qgs")) {
        return fromXml(zip);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromXml(InputStream in) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT) {
          if (!reader.getLocalName().equals("qgis")) {
            return Optional.empty();
          }
          return Optional.ofNullable(reader.getAttributeValue(null, "version"))
              .filter(v -> VERSION.matcher(v).matches());
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      return Optional.empty();
    }
  }

  private static void trySet(XMLInputFactory factory, String property) {
    try {
      factory.setProperty(property, "");
    } catch (IllegalArgumentException e) {
      // not every StAX implementation knows the JAXP property; DTDs are off anyway
    }
  }
}

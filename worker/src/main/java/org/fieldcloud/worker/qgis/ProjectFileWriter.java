package org.fieldcloud.worker.qgis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/** Writes a project document as {@code .qgs}, or as {@code .qgz} holding {@code <stem>.qgs}. */
public final class ProjectFileWriter {

  private static final String DOCTYPE =
      "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n";

  private ProjectFileWriter() {}

  public static void write(Document document, Path target) throws IOException {
    write(document, target, null);
  }

  /**
   * @param auxiliaryStorage the {@code .qgd} to put beside the {@code .qgs} in a {@code .qgz}
   *     (renamed to the new stem, which is how QGIS finds it), or null
   */
  public static void write(Document document, Path target, byte[] auxiliaryStorage)
      throws IOException {
    String name = target.getFileName().toString();
    if (name.endsWith(".qgz")) {
      String stem = name.substring(0, name.length() - 4);
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
        zip.putNextEntry(new ZipEntry(stem + ".qgs"));
        writeXml(document, zip);
        zip.closeEntry();
        if (auxiliaryStorage != null) {
          zip.putNextEntry(new ZipEntry(stem + ".qgd"));
          zip.write(auxiliaryStorage);
          zip.closeEntry();
        }
      }
    } else {
      try (OutputStream out = Files.newOutputStream(target)) {
        writeXml(document, out);
      }
    }
  }

  private static void writeXml(Document document, OutputStream out) throws IOException {
    // QField and QGIS expect the DOCTYPE line first, as QGIS writes it.
    out.write(DOCTYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("cannot write the project XML: " + e.getMessage(), e);
    }
  }
}

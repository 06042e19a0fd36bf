package org.fieldcloud.worker.qgis;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A QGIS project file ({@code .qgs}, or {@code .qgz} = zip holding one {@code .qgs}) parsed into a
 * DOM document. Nothing outside the file is read: the DOCTYPE's DTD is never fetched.
 */
public final class QgisProjectFile {

  private final Path file;
  private final Document document;
  private final byte[] auxiliaryStorage;

  private QgisProjectFile(Path file, Document document, byte[] auxiliaryStorage) {
    this.file = file;
    this.document = document;
    this.auxiliaryStorage = auxiliaryStorage;
  }

  /** The {@code .qgd} auxiliary storage (label positions, …) a {@code .qgz} holds, or null. */
  public byte[] auxiliaryStorage() {
    return auxiliaryStorage;
  }

  public static QgisProjectFile read(Path file) throws IOException, InvalidProjectFileException {
    if (!Files.isRegularFile(file)) {
      throw new FileNotFoundException("Project file \"" + file.getFileName() + "\" does not exist");
    }
    byte[][] auxiliary = new byte[1][];
    byte[] xml =
        switch (extension(file)) {
          case "qgs" -> Files.readAllBytes(file);
          case "qgz" -> qgsInsideQgz(file, auxiliary);
          default ->
              throw new InvalidProjectFileException(
                  "Project file \""
                      + file.getFileName()
                      + "\" has unknown file extension \""
                      + extension(file)
                      + "\"");
        };
    return new QgisProjectFile(file, parse(xml), auxiliary[0]);
  }

  public Path file() {
    return file;
  }

  public Path directory() {
    return file.toAbsolutePath().getParent();
  }

  /** The file name without {@code .qgs}/{@code .qgz}. */
  public String stem() {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - 4);
  }

  public Document document() {
    return document;
  }

  public ProjectXml xml() {
    return new ProjectXml(document);
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] qgsInsideQgz(Path file, byte[][] auxiliary)
      throws IOException, InvalidProjectFileException {
    byte[] anyQgs = null;
    byte[] found = null;
    String expected = file.getFileName().toString().replaceFirst("(?i)\\.qgz$", ".qgs");
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String entryName = entry.getName().toLowerCase(Locale.ROOT);
        if (entry.getName().equals(expected)) {
          found = zip.readAllBytes();
        } else if (entryName.endsWith(".qgd") && auxiliary[0] == null) {
          auxiliary[0] = zip.readAllBytes();
        } else if (anyQgs == null && entry.getName().toLowerCase(Locale.ROOT).endsWith(".qgs")) {
          anyQgs = zip.readAllBytes();
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new InvalidProjectFileException(
          "Project file is an invalid XML document:\nnot a zip archive: " + e.getMessage(), e);
    }
    if (found != null) {
      return found;
    }
    if (anyQgs == null) {
      throw new InvalidProjectFileException(
          "Project file is an invalid XML document:\nthe .qgz archive holds no .qgs file");
    }
    return anyQgs;
  }

  private static Document parse(byte[] xml) throws InvalidProjectFileException {
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return newBuilder().parse(in);
    } catch (SAXParseException e) {
      throw new InvalidProjectFileException(
          "Project file is an invalid XML document:\n"
              + e.getMessage()
              + ": line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber(),
          e);
    } catch (SAXException | IOException e) {
      throw new InvalidProjectFileException(
          "Project file is an invalid XML document:\n" + e.getMessage(), e);
    }
  }

  static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required feature", e);
    }
  }
}

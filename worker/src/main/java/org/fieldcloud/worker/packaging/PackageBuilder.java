package org.fieldcloud.worker.packaging;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.fieldcloud.worker.gdal.Gdal;
import org.fieldcloud.worker.qgis.LayerSource;
import org.fieldcloud.worker.qgis.MapLayerXml;
import org.fieldcloud.worker.qgis.ProjectFileWriter;
import org.fieldcloud.worker.qgis.ProjectXml;
import org.fieldcloud.worker.qgis.QgisProjectFile;
import org.fieldcloud.worker.redaction.Credentials;

/**
 * Builds the offline package QField downloads from a project folder: offline layers copied into
 * {@code data.gpkg} with ogr2ogr, file layers copied with their sidecar files, removed and invalid
 * layers dropped, data folders copied, and the project rewritten to point into the package as
 * {@code <stem>_qfield.qgz}.
 *
 * <p>The project is rewritten in Java (DOM) rather than re-saved by QGIS: the Debian QGIS is older
 * (3.22) than the QGIS that wrote most projects, and re-saving with it would drop newer settings.
 * Editing only the data sources, layer list and custom properties keeps everything else as the
 * author saved it.
 */
public final class PackageBuilder {

  public static final String DATA_GPKG = "data.gpkg";

  private final Gdal gdal;
  private final PrintStream log;

  public PackageBuilder(Gdal gdal, PrintStream log) {
    this.gdal = gdal;
    this.log = log;
  }

  /**
   * @param layersById LayerDetails of the original project (validity and primary keys)
   */
  public PackageResult build(
      QgisProjectFile project, Map<String, Map<String, Object>> layersById, Path exportDir)
      throws IOException {
    Files.createDirectories(exportDir);
    Path projectDir = project.directory();
    ProjectXml xml = project.xml();
    List<LayerPlan> plans = new PackagePlanner().plan(xml.layers(), layersById, projectDir);
    Path geoPackage = exportDir.resolve(DATA_GPKG);

    for (LayerPlan plan : plans) {
      MapLayerXml layer = plan.layer();
      log.println(
          "Layer \""
              + layer.name()
              + "\" ("
              + layer.id()
              + "): "
              + plan.action().value()
              + (plan.reason().isEmpty() ? "" : " (" + plan.reason() + ")"));
      switch (plan.action()) {
        case REMOVE -> {
          xml.removeLayer(layer.id());
          continue;
        }
        case OFFLINE -> {
          if (!makeOffline(xml, plan, geoPackage, layersById.get(layer.id()))) {
            continue;
          }
        }
        case COPY, KEEP_EXISTENT, NO_ACTION -> copyFileSource(xml, plan, projectDir, exportDir);
      }
      layer.setCustomProperty("QFieldSync/remoteLayerId", layer.id());
      if (plan.forceReadOnly()) {
        layer.setReadOnly(true);
        layer.setCustomProperty("QFieldSync/unsupported_source_pk", "1");
      }
    }
    xml.removeEmptyGroups();
    xml.setProperty(
        "qfieldsync", "originalProjectPath", "QString", project.file().getFileName().toString());

    copyProjectCompanions(project, exportDir);
    copyFolders(xml, projectDir, exportDir);

    Path packaged = exportDir.resolve(project.stem() + "_qfield.qgz");
    ProjectFileWriter.write(xml.document(), packaged, project.auxiliaryStorage());
    return new PackageResult(packaged, plans, listFiles(exportDir));
  }

  /**
   * Copies the layer into data.gpkg and points it there. Returns false when the layer was dropped:
   * a source nobody could check beforehand (an online source without QGIS) that GDAL cannot read is
   * treated like an invalid layer instead of failing the whole package.
   */
  private boolean makeOffline(
      ProjectXml xml, LayerPlan plan, Path geoPackage, Map<String, Object> details)
      throws IOException {
    MapLayerXml layer = plan.layer();
    OgrSourceSpec spec = OgrSourceSpec.of(plan.source());
    try {
      gdal.copyToGeoPackage(
          spec.dataset(), spec.layer(), spec.where(), geoPackage, layer.id(), geometryType(layer));
    } catch (IOException e) {
      if (details == null || !"not_checked".equals(details.get("validity_checked_by"))) {
        throw e;
      }
      log.println(
          "Layer \""
              + layer.name()
              + "\" removed: its data cannot be read ("
              + e.getMessage()
              + ")");
      xml.removeLayer(layer.id());
      return false;
    }
    String datasource = "./" + DATA_GPKG + "|layername=" + layer.id();
    layer.setCustomProperty("isOfflineEditable", "true");
    layer.setCustomProperty("remoteSource", Credentials.strip(layer.datasource()));
    layer.setCustomProperty("remoteProvider", layer.provider());
    layer.setCustomProperty("QFieldSync/sourceDataPrimaryKeys", plan.primaryKey());
    layer.setDatasource(datasource);
    layer.setProvider("ogr");
    xml.updateLayerTreeSource(layer.id(), datasource, "ogr");
    return true;
  }

  /** Declared multi types stay multi even when the source holds single parts. */
  private static String geometryType(MapLayerXml layer) {
    String declared = layer.wkbTypeName();
    if (declared != null
        && declared.startsWith("Multi")
        && !declared.contains("Curve")
        && !declared.contains("Surface")) {
      return "PROMOTE_TO_MULTI";
    }
    return null;
  }

  private void copyFileSource(ProjectXml xml, LayerPlan plan, Path projectDir, Path exportDir)
      throws IOException {
    LayerSource source = plan.source();
    if ("virtual".equals(source.provider())) {
      copyEmbeddedSources(plan.layer().datasource(), projectDir, exportDir);
      return;
    }
    if (!source.isFileBased() || source.localized() || !Files.exists(source.file())) {
      return; // online, in-memory or shared-dataset sources are used where they are
    }
    Path target =
        source.isInside(projectDir)
            ? exportDir.resolve(projectDir.toAbsolutePath().normalize().relativize(source.file()))
            : exportDir.resolve(source.file().getFileName());
    copyWithSidecars(source.file(), target);
    if (Path.of(source.rawPath()).isAbsolute() || !source.isInside(projectDir)) {
      String relative = "./" + exportDir.relativize(target).toString().replace('\\', '/');
      String datasource = plan.layer().datasource().replace(source.rawPath(), relative);
      plan.layer().setDatasource(datasource);
      xml.updateLayerTreeSource(plan.layerId(), datasource, source.provider());
    }
  }

  /**
   * A virtual layer may embed its own sources ({@code layer=ogr:./data.gpkg|layername=x:name:});
   * files among them inside the project are copied so the relative paths still resolve.
   */
  private static void copyEmbeddedSources(String datasource, Path projectDir, Path exportDir)
      throws IOException {
    int query = datasource.indexOf('?');
    if (query < 0) {
      return;
    }
    for (String parameter : datasource.substring(query + 1).split("&")) {
      if (!parameter.startsWith("layer=")) {
        continue;
      }
      String embedded =
          URLDecoder.decode(parameter.substring("layer=".length()), StandardCharsets.UTF_8);
      int providerEnd = embedded.indexOf(':');
      if (providerEnd < 0) {
        continue;
      }
      // provider:source:name:encoding — the source itself may contain ':' only before the tail
      String rest = embedded.substring(providerEnd + 1);
      int nameStart = rest.lastIndexOf(':', rest.lastIndexOf(':') - 1);
      String embeddedSource = nameStart < 0 ? rest : rest.substring(0, nameStart);
      LayerSource source =
          LayerSource.of(embedded.substring(0, providerEnd), embeddedSource, projectDir);
      if (source.isInside(projectDir) && Files.isRegularFile(source.file())) {
        copyWithSidecars(
            source.file(),
            exportDir.resolve(projectDir.toAbsolutePath().normalize().relativize(source.file())));
      }
    }
  }

  /** A file and its companions: same name with any other extension (.shx, .dbf, .prj, …). */
  private static void copyWithSidecars(Path file, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      for (Path sibling : siblings.toList()) {
        String siblingName = sibling.getFileName().toString();
        String lower = siblingName.toLowerCase(Locale.ROOT);
        boolean companion =
            sibling.equals(file) || lower.startsWith(stem + ".") || lower.startsWith(name + "-");
        if (companion && Files.isRegularFile(sibling)) {
          Path siblingTarget =
              target.resolveSibling(
                  siblingName.equals(name) ? target.getFileName().toString() : siblingName);
          if (!Files.exists(siblingTarget)) {
            Files.copy(sibling, siblingTarget, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }

  /** Project styles ({@code <stem>.qml}) and translations ({@code <stem>_xx.qm}). */
  private static void copyProjectCompanions(QgisProjectFile project, Path exportDir)
      throws IOException {
    String stem = project.stem();
    try (Stream<Path> files = Files.list(project.directory())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        boolean style = name.equals(stem + ".qml");
        boolean translation = name.startsWith(stem + "_") && name.endsWith(".qm");
        if ((style || translation) && Files.isRegularFile(file)) {
          Files.copy(file, exportDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Attachment and data folders, when present locally (jobs download without attachments). */
  private static void copyFolders(ProjectXml xml, Path projectDir, Path exportDir)
      throws IOException {
    List<String> folders = new ArrayList<>();
    List<String> attachmentDirs = xml.listProperty("QFieldSync", "attachmentDirs");
    folders.addAll(attachmentDirs == null ? List.of("DCIM") : attachmentDirs);
    List<String> dataDirs = xml.listProperty("QFieldSync", "dataDirs");
    if (dataDirs != null) {
      folders.addAll(dataDirs);
    }
    Path root = projectDir.toAbsolutePath().normalize();
    for (String folder : folders) {
      Path source = root.resolve(folder).normalize();
      if (!source.startsWith(root) || !Files.isDirectory(source)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          Path target = exportDir.resolve(root.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static List<String> listFiles(Path exportDir) throws IOException {
    try (Stream<Path> walk = Files.walk(exportDir)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> exportDir.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}

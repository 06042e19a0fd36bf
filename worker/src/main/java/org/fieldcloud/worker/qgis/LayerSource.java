package org.fieldcloud.worker.qgis;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a layer reads its data from, decoded from its provider key and data source string: the file
 * (resolved against the project folder) and the layer inside it, or nothing for online and
 * in-memory sources.
 *
 * @param rawPath the path as written in the project (after {@code localized:}), or empty
 * @param file the file resolved against the project folder, or null when not file-based
 * @param layerName the table/layer inside the file ({@code layername=}), or empty
 * @param subset the OGR filter of the layer ({@code subset=}), or empty
 */
public record LayerSource(
    String provider,
    String datasource,
    boolean localized,
    String rawPath,
    Path file,
    String layerName,
    String subset) {

  private static final String LOCALIZED_PREFIX = "localized:";
  private static final Pattern SPATIALITE_DBNAME =
      Pattern.compile("dbname='((?:[^'\\\\]|\\\\.)*)'");
  private static final Pattern SPATIALITE_TABLE = Pattern.compile("table=\"([^\"]*)\"");
  private static final Set<String> FILE_PROVIDERS =
      Set.of("ogr", "gdal", "spatialite", "delimitedtext");

  public static LayerSource of(String provider, String datasource, Path projectDir) {
    String source = datasource == null ? "" : datasource.trim();
    String key = provider == null ? "" : provider.trim();
    boolean localized = source.startsWith(LOCALIZED_PREFIX);
    if (localized) {
      source = source.substring(LOCALIZED_PREFIX.length());
    }
    String rawPath = "";
    String layerName = "";
    String subset = "";
    if (key.equals("ogr") || key.equals("gdal") || (localized && key.isEmpty())) {
      String[] parts = source.split("\\|");
      rawPath = parts[0];
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].startsWith("layername=")) {
          layerName = parts[i].substring("layername=".length());
        } else if (parts[i].startsWith("subset=")) {
          // the subset is the last option and may itself contain '|'
          subset = String.join("|", java.util.Arrays.copyOfRange(parts, i, parts.length));
          subset = subset.substring("subset=".length());
          break;
        }
      }
    } else if (key.equals("spatialite")) {
      Matcher dbname = SPATIALITE_DBNAME.matcher(source);
      rawPath = dbname.find() ? dbname.group(1) : "";
      Matcher table = SPATIALITE_TABLE.matcher(source);
      layerName = table.find() ? table.group(1) : "";
    } else if (key.equals("delimitedtext")) {
      String path = source.startsWith("file://") ? source.substring("file://".length()) : source;
      if (path.startsWith("file:")) {
        path = path.substring("file:".length());
      }
      int query = path.indexOf('?');
      rawPath =
          URLDecoder.decode(query < 0 ? path : path.substring(0, query), StandardCharsets.UTF_8);
    }
    Path file = null;
    if (!rawPath.isEmpty()
        && (FILE_PROVIDERS.contains(key) || localized)
        && !rawPath.startsWith("/vsi")
        && !rawPath.toLowerCase(Locale.ROOT).matches("^[a-z]+://.*")) {
      Path candidate = Path.of(rawPath);
      file = (candidate.isAbsolute() ? candidate : projectDir.resolve(candidate)).normalize();
    }
    return new LayerSource(key, datasource, localized, rawPath, file, layerName, subset);
  }

  public boolean isFileBased() {
    return file != null;
  }

  /** True when the file lies inside the given folder (packaging keeps such paths relative). */
  public boolean isInside(Path folder) {
    return file != null && file.startsWith(folder.toAbsolutePath().normalize());
  }
}

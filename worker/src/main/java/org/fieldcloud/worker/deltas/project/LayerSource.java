package org.fieldcloud.worker.deltas.project;

import java.nio.file.Path;

/**
 * Where a project layer's data lives, as written in the project's {@code <maplayer>}.
 *
 * @param type {@code vector}, {@code raster}, ...
 * @param provider the QGIS provider key: {@code ogr}, {@code postgres}, {@code delimitedtext}...
 * @param datasource the provider's URI, unchanged
 * @param projectDir the folder of the project file; relative file paths are resolved against it
 */
public record LayerSource(
    String id, String name, String type, String provider, String datasource, Path projectDir) {}

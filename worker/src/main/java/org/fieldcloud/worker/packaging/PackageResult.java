package org.fieldcloud.worker.packaging;

import java.nio.file.Path;
import java.util.List;

/** A built package: the rewritten project file, the per-layer decisions and every file written. */
public record PackageResult(Path projectFile, List<LayerPlan> plans, List<String> files) {}

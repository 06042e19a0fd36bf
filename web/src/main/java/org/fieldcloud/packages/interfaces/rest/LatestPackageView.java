package org.fieldcloud.packages.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code packages/<id>/latest/} (api.md 5.9). QField checks the types strictly: {@code package_id}
 * and {@code packaged_at} strings, {@code files} an array of {@link PackageFileView}.
 */
@JsonbPropertyOrder({"files", "layers", "status", "packageId", "packagedAt", "dataLastUpdatedAt"})
public record LatestPackageView(
    List<PackageFileView> files,
    JsonObject layers,
    String status,
    UUID packageId,
    OffsetDateTime packagedAt,
    OffsetDateTime dataLastUpdatedAt) {}

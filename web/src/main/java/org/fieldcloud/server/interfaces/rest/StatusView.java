package org.fieldcloud.server.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The body of {@code GET /api/v1/status/} (api.md 5.2). */
@JsonbPropertyOrder({
  "database",
  "storage",
  "statusPageUrl",
  "incidentMessage",
  "incidentTimestampUtc",
  "maintenanceMessage",
  "maintenanceStartTimestampUtc",
  "maintenanceEndTimestampUtc"
})
public record StatusView(
    String database,
    String storage,
    String statusPageUrl,
    String incidentMessage,
    String incidentTimestampUtc,
    String maintenanceMessage,
    String maintenanceStartTimestampUtc,
    String maintenanceEndTimestampUtc) {}
